using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Training.Calendar;
using TalentChain.Modules.TalentProgram.Features.Training.Catalog;
using TalentChain.Modules.TalentProgram.Features.Training.Enrol;
using TalentChain.Modules.TalentProgram.Features.Training.RecordResults;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;

namespace TalentChain.Modules.TalentProgram.Features.Training;

/// <summary>The training API: one group, each use case maps its own endpoints (in its folder, next to its handler).</summary>
public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        app.ProgramGroup("/api/v1/training", "Talent program: training")
            .MapTrainingCatalog()
            .MapTrainingSessions()
            .MapEnrolments()
            .MapRecordTrainingResult()
            .MapTrainingCalendar();
        return app;
    }
}
