using TalentChain.Platform.Spreadsheets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Projects.Features.Exports;

namespace TalentChain.Modules.Projects.Features.Catalog;

internal static class ProjectsEndpoint
{
    public static RouteGroupBuilder MapProjectCatalog(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/", async Task<Ok<List<ProjectSummary>>> (string? q, ChainSegment? segment, ProjectKind? kind, ProjectStatus? status, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(user, new ProjectFilter(q, segment, kind, status), ct)))
            .WithName("ListProjects").WithSummary("Projects the caller may know of (confidential ones only for their sponsor, members, program managers, administrators and the knowledge officer), filtered by text, segment, kind, status.");
        api.MapGet("/export", async (string? format, string? q, ChainSegment? segment, ProjectKind? kind, ProjectStatus? status, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) =>
                await export.ProjectsAsync(user, format, new ProjectFilter(q, segment, kind, status), ct))
            .WithName("ExportProjects").WithSummary("The list as ?format=csv (default) or xlsx (the rows the caller may see).")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/members/export", async (string? format, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) => await export.MembersAsync(user, format, ct))
            .WithName("ExportProjectMembers").WithSummary("Members of the projects the caller may see, as ?format=csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: SpreadsheetDownload.CsvType).ProducesValidationProblem();
        api.MapGet("/{id:int}", async Task<Ok<ProjectDetail>> (int id, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(user, id, ct)))
            .WithName("GetProject").WithSummary("One project with its roles (skills, seats, period) and members; 404 for a confidential project the caller need not know.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", async Task<Created<ProjectDetail>> (ProjectInput input, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) =>
            {
                var d = await h.CreateAsync(user, input, ct);
                return TypedResults.Created($"/api/v1/projects/{d.Project.Id}", d);
            })
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("CreateProject")
            .WithSummary("Create a project: code, titles, kind, segment, lead unit code, sponsor's employee number, dates (end not before start), classification.")
            .ProducesValidationProblem();
        api.MapPut("/{id:int}", async Task<Ok<ProjectDetail>> (int id, ProjectInput input, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.UpdateAsync(user, id, input, ct)))
            .RequireAuthorization(ProjectsPolicies.Manage).WithName("UpdateProject").WithSummary("Change a project's facts and status (roles must stay within its dates).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:int}/roles", async Task<Ok<ProjectDetail>> (int id, RoleInput input, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.AddRoleAsync(user, id, input, ct)))
            .WithName("AddProjectRole").WithSummary("Add a role: titles, seats (0–100), period within the project, required skills (taxonomy code + minimum level 0–4). Program managers and the sponsor.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{id:int}/roles/{roleId:int}", async Task<Ok<ProjectDetail>> (int id, int roleId, RoleInput input, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.UpdateRoleAsync(user, id, roleId, input, ct)))
            .WithName("UpdateProjectRole").WithSummary("Change a role (its skills are replaced by the ones given).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/{id:int}/members", async Task<Ok<ProjectDetail>> (int id, MemberInput input, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.AddMemberAsync(user, id, input, ct)))
            .WithName("AddProjectMember").WithSummary("Add a member by hand (employee number, optional role, from/to within the project). Program managers and the sponsor.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDelete("/{id:int}/members/{memberId:int}", async Task<Ok<ProjectDetail>> (int id, int memberId, ClaimsPrincipal user, ProjectsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.RemoveMemberAsync(user, id, memberId, ct)))
            .WithName("RemoveProjectMember").WithSummary("Remove a member.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/projects/export", async (string? format, string? q, ChainSegment? segment, ProjectKind? kind, ProjectStatus? status, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) =>
                await export.ProjectsAsync(user, format, new ProjectFilter(q, segment, kind, status), ct))
            .RequireAuthorization(ProjectsPolicies.Use).ExcludeFromDescription();
        app.MapGet("/projects/members/export", async (string? format, ClaimsPrincipal user, ProjectsExport export, CancellationToken ct) => await export.MembersAsync(user, format, ct))
            .RequireAuthorization(ProjectsPolicies.Use).ExcludeFromDescription();
        return api;
    }
}
