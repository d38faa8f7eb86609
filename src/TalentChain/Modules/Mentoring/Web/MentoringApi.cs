using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;



namespace TalentChain.Modules.Mentoring.Web;

/// <summary>Shared plumbing of the module's API: one group under the program's policies; record-level refusals become 403 ProblemDetails.</summary>
internal static class MentoringApi
{
    public const string Prefix = "/api/v1/program/mentoring";

    /// <summary>The module's API group: the program's conventions (<see cref="ProgramApi.ProgramGroup"/>) under the mentoring prefix.</summary>
    public static RouteGroupBuilder MentoringGroup(this IEndpointRouteBuilder app) =>
        app.ProgramGroup(Prefix, "Talent program: 1+1+1 mentoring rounds");
}
