using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Features.EditEmployee;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Modules.People.Features.Profile;
using TalentChain.Platform.Auth;

namespace TalentChain.Modules.People.Features.Directory;

/// <summary>Directory, profile and employee edit: services, the UI export and the <c>/api/v1/employees</c> API.</summary>
public static class EmployeesEndpoints
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PeopleReferenceData>();
        services.AddScoped<SearchEmployeesHandler>();
        services.AddScoped<DirectoryExport>();
        services.AddScoped<ProfileAccess>();
        services.AddScoped<SkillAccess>();
        services.AddScoped<GetProfileHandler>();
        services.AddScoped<SaveEmployeeHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapEmployees(this IEndpointRouteBuilder app)
    {
        // The directory page's export links (cookie sign-in); the same query as the page.
        app.MapGet("/people/export", ExportAsync).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/employees").WithTags("People").RequireAuthorization(Policies.SignedIn);

        api.MapGet("/", async Task<Ok<DirectoryPage>> ([AsParameters] DirectoryQuery query, ClaimsPrincipal user, SearchEmployeesHandler search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(query, user, ct)))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListEmployees")
            .WithSummary("Search the directory: free text, org unit (with sub-units), segment, skill and minimum level, track, title, status; sorted and paged. "
                + "Grades (and sort=Grade) for HR roles only. Need-to-know skills (critical technologies above \"internal\"): 403 as a skill filter unless the caller may see the expertise roster; above them only visible skills are matched.");

        api.MapGet("/export", ExportAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ExportEmployees")
            .WithSummary("The whole directory result for the same query as a CSV or XLSX file (format=csv|xlsx), headers in the request's language; the same visibility rules as ListEmployees.");

        api.MapGet("/{id:int}", async Task<Ok<EmployeeDetail>> (int id, ClaimsPrincipal user, GetProfileHandler profiles, CancellationToken ct) =>
                TypedResults.Ok(await profiles.GetAsync(id, user, ct)))
            .WithName("GetEmployee")
            .WithSummary("One person's record. Grade and birth date are null unless the caller is HR, the person or in their management chain. "
                + "Skills omit need-to-know records unless the caller may see them (roster audience, the person, their management chain, program managers of their program).");

        api.MapGet("/{id:int}/timeline", async Task<Results<Ok<List<TimelineEntry>>, ProblemHttpResult>> (
                int id, ClaimsPrincipal user, GetProfileHandler profiles, ProfileAccess access, IStringLocalizer<PeopleResource> P, CancellationToken ct) =>
            {
                var timeline = await profiles.TimelineAsync(id, ct);
                if (!await access.MaySeeRestrictedAsync(user, id, ct))
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: P["Profile.Forbidden"]);
                return TypedResults.Ok(timeline);
            })
            .WithName("GetEmployeeTimeline")
            .WithSummary("The employment timeline, newest first (HR, the person and their management chain only).");

        api.MapPost("/", async Task<Created<EmployeeDetail>> (EmployeeInput input, ClaimsPrincipal user, SaveEmployeeHandler save, GetProfileHandler profiles, CancellationToken ct) =>
            {
                var saved = await save.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/employees/{saved.Id}", await profiles.GetAsync(saved.Id, user, ct));
            })
            .RequireAuthorization(Policies.PeopleManage)
            .WithName("CreateEmployee")
            .WithSummary("Add an employee; a Hired event starts the timeline.");

        api.MapPut("/{id:int}", async Task<Ok<EmployeeDetail>> (int id, EmployeeInput input, ClaimsPrincipal user, SaveEmployeeHandler save, GetProfileHandler profiles, CancellationToken ct) =>
            {
                await save.UpdateAsync(id, input, ct);
                return TypedResults.Ok(await profiles.GetAsync(id, user, ct));
            })
            .RequireAuthorization(Policies.PeopleManage)
            .WithName("UpdateEmployee")
            .WithSummary("Update an employee. Send the version you read; a stale version gets 409 and nothing is changed.");
        return app;
    }

    private static Task<IResult> ExportAsync(string? format, [AsParameters] DirectoryQuery query, ClaimsPrincipal user, DirectoryExport export, CancellationToken ct) =>
        export.ExportAsync(format, query, user, ct);
}
