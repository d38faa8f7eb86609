using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Projects.Web;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Projects.Features.Catalog;

/// <summary>/projects: the projects the viewer may know of, with filters and exports; program managers create projects here.</summary>
public sealed class ProjectsIndexModel(ProjectsHandler projects, TalentChainDbContext db) : ProjectsPageBase
{
    public List<ProjectSummary> Projects { get; private set; } = [];
    public List<(string Code, string Name)> Units { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ChainSegment? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectStatus? Status { get; set; }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? TitleZh { get; set; }
    [BindProperty] public ProjectKind? NewKind { get; set; }
    [BindProperty] public ChainSegment? NewSegment { get; set; }
    [BindProperty] public string? LeadUnitCode { get; set; }
    [BindProperty] public string? SponsorEmployeeNumber { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }
    [BindProperty] public DateOnly? EndDate { get; set; }
    [BindProperty] public ProjectClassification? Classification { get; set; }

    public string ExportQuery => $"q={Uri.EscapeDataString(Q ?? "")}&segment={Segment}&kind={Kind}&status={Status}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        ModelState.Clear();
        ProjectDetail? created = null;
        if (await TryAsync(async () => created = await projects.CreateAsync(User, new ProjectInput(Code, Title, TitleZh, NewKind, NewSegment, LeadUnitCode, SponsorEmployeeNumber, StartDate, EndDate, Classification, null), HttpContext.RequestAborted)))
            return Redirect($"/projects/{created!.Project.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Projects = await projects.ListAsync(User, new ProjectFilter(Q, Segment, Kind, Status), ct);
        if (IsManager)
            Units = [.. (await db.OrgUnitRefs.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name, u.NameZh }).ToListAsync(ct)).Select(u => (u.Code, UiCulture.Pick(u.Name, u.NameZh)))];
    }
}
