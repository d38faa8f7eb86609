using TalentChain.Modules.Exports.Demo;
using TalentChain.Modules.Exports.Features.Analytics;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Modules.Exports.Features.Applications.DeadlinesCalendar;
using TalentChain.Modules.Exports.Features.Applications.Documents;
using TalentChain.Modules.Exports.Features.Applications.DraftApplication;
using TalentChain.Modules.Exports.Features.Applications.ExportApplications;
using TalentChain.Modules.Exports.Features.Applications.TransitionApplication;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Modules.Exports.Features.Licences.IssueLicence;
using TalentChain.Modules.Exports.Features.Licences.ReserveShipment;
using TalentChain.Modules.Exports.Features.Licences.RevokeLicence;
using TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;
using TalentChain.Modules.Exports.Features.Risk;
using TalentChain.Modules.Exports.Features.TechnologyChecks;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Exports;

/// <summary>Export licensing module: service registration, endpoints and CLI verbs.</summary>
public static class ExportsModule
{
    /// <summary>The module's CLI verbs (registered by the composition root before the app is built).</summary>
    public static IEnumerable<Func<Func<WebApplication>, System.CommandLine.Command>> CliCommands => [DeadlineCli.Create];

    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddExportsPolicies();
        services.AddOptions<ExportsOptions>().BindConfiguration(ExportsOptions.Section);
        services.AddScoped<ExportsText>();
        services.AddScoped<CalendarHandlers>();
        services.AddScoped<TalentChain.Modules.Exports.Contracts.IWorkingDays, WorkingDays>();
        services.AddScoped<ControlListHandlers>();
        services.AddScoped<MaterialHandlers>();
        services.AddScoped<ApplicationReader>();
        services.AddScoped<DraftApplicationHandler>();
        services.AddScoped<TransitionApplicationHandler>();
        services.AddScoped<ApplicationDocumentsHandler>();
        services.AddScoped<ApplicationsExport>();
        services.AddScoped<DeadlineFeed>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource>(sp => sp.GetRequiredService<DeadlineFeed>());
        services.AddScoped<LicenceReader>();
        services.AddScoped<IssueLicenceHandler>();
        services.AddScoped<ReserveShipmentHandler>();
        services.AddScoped<ShipOrCancelShipmentHandler>();
        services.AddScoped<RevokeLicenceHandler>();
        services.AddScoped<LicenceAlerts>();
        services.AddPeriodicTask<LicenceAlertsTask>();
        services.AddScoped<AnalyticsHandler>();
        services.AddScoped<RiskHandler>();
        services.AddScoped<ProductionLineHandlers>();
        services.AddScoped<IDemoDataContributor, ExportsDemoData>();
        services.AddScoped<TechnologyCheckAccess>();
        services.AddScoped<TechnologyCheckHandlers>();
        services.AddScoped<TechnologyCatalogueHandlers>();
        services.AddScoped<TalentChain.Modules.Exports.Contracts.ITechnologyExportChecks, TechnologyExportChecks>();
        services.AddScoped<IDemoDataContributor, TechnologyChecksDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapControlListEndpoints();
        app.MapApplicationEndpoints();
        app.MapLicenceEndpoints();
        app.MapAnalyticsEndpoints();
        app.MapTechnologyCheckEndpoints();
        return app;
    }
}
