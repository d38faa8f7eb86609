using TalentChain.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;



namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>
/// The API conventions of the program and the modules built on it (mentoring, rotations): one group per area under the
/// program's policy, record-level refusals as 403 ProblemDetails, program-manager endpoints checked against the program.
/// </summary>
public static class ProgramApi
{
    public static RouteGroupBuilder ProgramGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).RequireAuthorization(ProgramPolicies.Use)
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

    /// <summary>
    /// Program-manager endpoints act only on programs the caller runs: the record named by the route value
    /// <paramref name="routeValue"/> is resolved to its program and checked (403 otherwise).
    /// </summary>
    public static RouteHandlerBuilder ManagesProgram(this RouteHandlerBuilder b, ProgramScope scope, string routeValue = "id") =>
        b.RequireAuthorization(ProgramPolicies.Manage).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (int.TryParse(http.Request.RouteValues[routeValue]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                await http.RequestServices.GetRequiredService<IProgramAccess>().RequireManagesAsync(http.User, scope, id, http.RequestAborted);
            return await next(context);
        });

    public static RouteHandlerBuilder Validated(this RouteHandlerBuilder b) =>
        b.ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static string Actor(this HttpContext http) => http.User.Identity?.Name ?? "unknown";

    public static Ok<T> Ok<T>(T value) => TypedResults.Ok(value);
}
