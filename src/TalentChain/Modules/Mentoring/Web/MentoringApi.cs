using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Web;

using TalentChain.Modules.People.Domain;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.Mentoring.Web;

/// <summary>Shared plumbing of the module's API: one group under the program's policies; record-level refusals become 403 ProblemDetails.</summary>
internal static class MentoringApi
{
    public const string Prefix = "/api/v1/program/mentoring";

    public static RouteGroupBuilder MentoringGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix).WithTags("Talent program: 1+1+1 mentoring rounds").RequireAuthorization(ProgramPolicies.Use)
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (AccessDeniedException ex)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ex.Message);
                }
            })
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder Validated(this RouteHandlerBuilder b) =>
        b.ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static string Actor(this HttpContext http) => http.User.Identity?.Name ?? "unknown";

    public static async Task<string> BodyAsync(this HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }
}
