using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Modules.Knowledge.Features.Succession;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Coverage;

/// <summary>/knowledge/technologies/{id}: drill-down to the holders (as far as the viewer may see them) and the register entry.</summary>
[Authorize(Policy = KnowledgePolicies.View)]
public class TechnologyModel(CoverageService coverage, KnowledgeAccess access, FlightRiskService risk, RegisterHandlers register, SuccessionHandlers succession, TalentChainDbContext db) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public CoverageRow Row { get; private set; } = null!;
    public CriticalTechnologyView Entry { get; private set; } = null!;
    public KnowledgeScope Scope { get; private set; } = new();
    public Dictionary<int, PersonCard> People { get; private set; } = [];
    public Dictionary<int, FlightRiskResult> Risks { get; private set; } = [];
    public PlanView? Plan { get; private set; }
    public decimal Threshold { get; private set; }
    /// <summary>Whether effective holders and coverage may be shown (see <see cref="CoverageIndex.MaySeeFigures"/>).</summary>
    public bool Figures { get; private set; }
    public int MinGroupSize { get; private set; }

    [BindProperty] public CriticalTechnologyInput Input { get; set; } = new(null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Scope = await access.ScopeAsync(User, ct);
        if (!Scope.IsOfficer) return Forbid();
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => register.SaveAsync(Id, Input, ct))) return RedirectToPage(new { id = Id });
        var input = Input;
        if (!await LoadAsync(ct)) return NotFound();
        Input = input;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Scope = await access.ScopeAsync(User, ct);
        var index = await coverage.GetAsync(ct);
        var row = index.Rows.FirstOrDefault(r => r.CriticalTechnologyId == Id);
        if (row is null) return false;
        Row = row;
        Threshold = index.Threshold;
        Figures = index.MaySeeFigures(Scope, row);
        MinGroupSize = index.MinGroupSize;
        Entry = await register.GetAsync(Id, ct);
        var owner = Entry.OwnerEmployeeId is { } o ? (await PersonCards.FindAsync(db, o, ct))?.EmployeeNumber : null;
        Input = new CriticalTechnologyInput(Entry.TaxonomyCode, Entry.Sensitivity, Entry.RequiredLevel, Entry.TargetHolders, owner, Entry.Segment, Entry.Notes, Entry.Version);
        var visible = row.HolderList.Select(h => h.EmployeeId).Where(Scope.MaySeePerson).ToList();
        People = await PersonCards.LoadAsync(db, visible, ct);
        Risks = await risk.ScoreAsync([.. visible.Where(Scope.MaySeeRisk)], ct);
        if (Scope.IsOfficer) Plan = (await succession.ListAsync(ct)).FirstOrDefault(p => p.CriticalTechnologyId == Id);
        return true;
    }

    public static readonly SensitivityClass[] Sensitivities = Enum.GetValues<SensitivityClass>();
    public static readonly ChainSegment[] Segments = Enum.GetValues<ChainSegment>();
}
