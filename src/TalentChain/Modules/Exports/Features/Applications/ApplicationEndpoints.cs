using TalentChain.Modules.Exports.Features.Applications.ApplicationDetail;
using TalentChain.Modules.Exports.Features.Applications.DeadlinesCalendar;
using TalentChain.Modules.Exports.Features.Applications.Documents;
using TalentChain.Modules.Exports.Features.Applications.DraftApplication;
using TalentChain.Modules.Exports.Features.Applications.ExportApplications;
using TalentChain.Modules.Exports.Features.Applications.ListApplications;
using TalentChain.Modules.Exports.Features.Applications.TransitionApplication;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>The <c>/api/v1/exports/applications</c> group; each use case maps its own endpoints (in its folder).</summary>
public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports/applications").WithTags("Export licensing").RequireAuthorization(ExportsPolicies.Manage)
            .MapListApplications()
            .MapExportApplications(app)
            .MapApplicationDeadlinesCalendar(app)
            .MapApplicationDetail()
            .MapDraftApplication()
            .MapTransitionApplication()
            .MapApplicationDocuments();
        return app;
    }
}
