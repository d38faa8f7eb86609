using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Projects.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Catalog;

/// <summary>/projects/{id}: a project's facts, roles (skills, seats, period) and members; the sponsor and program managers add roles and members.</summary>
public sealed class ProjectPageModel(ProjectsHandler projects, IStringLocalizer<ProjectsResource> t) : ProjectsPageBase
{
    [FromRoute] public int Id { get; set; }
    public ProjectDetail Detail { get; private set; } = null!;

    [BindProperty] public int? RoleId { get; set; }
    [BindProperty] public string? RoleTitle { get; set; }
    [BindProperty] public string? RoleTitleZh { get; set; }
    [BindProperty] public int? Seats { get; set; }
    [BindProperty] public DateOnly? RoleStart { get; set; }
    [BindProperty] public DateOnly? RoleEnd { get; set; }
    /// <summary>Required skills as typed: "CODE:level, CODE:level".</summary>
    [BindProperty] public string? Skills { get; set; }
    [BindProperty] public string? EmployeeNumber { get; set; }
    [BindProperty] public int? MemberRoleId { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public int? MemberId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostRoleAsync(CancellationToken ct) => Act(() => RoleId is { } rid
        ? projects.UpdateRoleAsync(User, Id, rid, new RoleInput(RoleTitle, RoleTitleZh, Seats, RoleStart, RoleEnd, ParseSkills(Skills)), ct)
        : projects.AddRoleAsync(User, Id, new RoleInput(RoleTitle, RoleTitleZh, Seats, RoleStart, RoleEnd, ParseSkills(Skills)), ct), ct);

    public Task<IActionResult> OnPostMemberAsync(CancellationToken ct) =>
        Act(() => projects.AddMemberAsync(User, Id, new MemberInput(EmployeeNumber, MemberRoleId, From, To), ct), ct);

    public Task<IActionResult> OnPostRemoveMemberAsync(CancellationToken ct) => Act(() => projects.RemoveMemberAsync(User, Id, MemberId ?? 0, ct), ct);

    /// <summary>"SX-EXT:2, MAG-GBD:3" → skills; a level that is not a number reaches the handler as none (its message names the skill).</summary>
    public static List<RoleSkillInput> ParseSkills(string? text) =>
        [.. (text ?? "").Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var bits = part.Split([':', '：'], 2, StringSplitOptions.TrimEntries);
            int? level = bits.Length == 2 && int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            return new RoleSkillInput(bits[0], bits.Length == 1 ? 0 : level);
        })];

    private async Task<IActionResult> Act(Func<Task> call, CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(call)) return Done(t["Done.Saved"], new { id = Id });
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            Detail = await projects.GetAsync(User, Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }
}
