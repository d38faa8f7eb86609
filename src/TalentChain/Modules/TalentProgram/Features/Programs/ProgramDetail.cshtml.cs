using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Web;

namespace TalentChain.Modules.TalentProgram.Features.Programs;

/// <summary>/program/{id}: settings and eligibility, the stage template with its gate criteria, the cohorts.</summary>
public class ProgramDetailModel(ProgramHandlers programs, ProgramAccess access, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels, TalentChainDbContext db) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    public ProgramView Program { get; private set; } = null!;
    public IPeopleLabels Labels => labels;

    [BindProperty] public ProgramInput? Settings { get; set; }
    [BindProperty] public CriterionInput? Criterion { get; set; }
    [BindProperty] public int StageId { get; set; }
    [BindProperty] public StageInput? Stage { get; set; }
    [BindProperty] public CohortInput? Cohort { get; set; }
    /// <summary>The program's managers as typed: employee numbers (or ids) separated by commas or spaces.</summary>
    [BindProperty] public string? Managers { get; set; }
    /// <summary>The current managers as "number · name", shown under the field.</summary>
    public List<string> ManagerNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        FillSettings();
        return Page();
    }

    private void FillSettings()
    {
        Settings = new ProgramInput(Program.NameEn, Program.NameZh, Program.Goals, Program.EligibleTracks, Program.EligibleSegments, Program.MinTitle,
            Program.MinTenureYears, Program.MinAge, Program.MaxAge, Program.ReviewIntervalMonths, Program.ReminderDaysAhead, Version: Program.Version, ManagerEmployeeIds: Program.ManagerEmployeeIds);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        // Employee numbers as the page shows them (E100003); plain ids are still accepted.
        var tokens = (Managers ?? "").Split([',', ' ', '，', ';', '；', '、'], StringSplitOptions.RemoveEmptyEntries).Select(x => x.ToUpperInvariant()).Distinct().ToList();
        var numbers = tokens.Where(x => !int.TryParse(x, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
        var byNumber = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, ct);
        var ids = new List<int>();
        foreach (var token in tokens)
        {
            if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) ids.Add(id);
            else if (byNumber.TryGetValue(token, out var found)) ids.Add(found);
            else ModelState.AddModelError("Managers", t["Program.ManagerNotFound", token]);
        }
        if (!ModelState.IsValid)
        {
            if (!await access.ManagesProgramAsync(User, Id, ct)) return Forbid();
            if (!await LoadAsync(ct)) return NotFound();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return await RunAsync(() => programs.UpdateAsync(Id, Settings! with { ManagerEmployeeIds = ids }, ct), t["Program.Saved"], ct, keepSettings: true);
    }
    public Task<IActionResult> OnPostCriterionAsync(CancellationToken ct) => RunAsync(() => programs.AddCriterionAsync(Id, StageId, Criterion!, ct), t["Criterion.Added"], ct);
    public Task<IActionResult> OnPostRemoveCriterionAsync(int criterionId, CancellationToken ct) => RunAsync(() => programs.RemoveCriterionAsync(Id, criterionId, ct), t["Criterion.Removed"], ct);
    public Task<IActionResult> OnPostStageAsync(CancellationToken ct) => RunAsync(() => programs.UpdateStageAsync(Id, StageId, Stage!, ct), t["Stage.Saved"], ct);
    public Task<IActionResult> OnPostCohortAsync(CancellationToken ct) => RunAsync(() => programs.CreateCohortAsync(Id, Cohort!, ct), t["Cohort.Created"], ct);

    private async Task<IActionResult> RunAsync<T>(Func<Task<T>> call, string message, CancellationToken ct, bool keepSettings = false)
    {
        if (!await access.ManagesProgramAsync(User, Id, ct)) return Forbid();
        if (await TryAsync(call)) return Done(message, new { id = Id });
        if (!await LoadAsync(ct)) return NotFound();
        if (!keepSettings) FillSettings();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Program = await programs.GetAsync(Id, ct);
            var managers = Program.ManagerEmployeeIds;
            var people = await db.EmployeeRefs.AsNoTracking().Where(e => managers.Contains(e.Id))
                .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).ToListAsync(ct);
            ManagerNames = [.. managers.Select(id => people.FirstOrDefault(p => p.Id == id)).Where(p => p is not null)
                .Select(p => $"{p!.EmployeeNumber} · {ProgramText.Person(p.GivenName, p.FamilyName, p.ChineseName)}")];
            Managers ??= string.Join(", ", managers.Select(id => people.FirstOrDefault(p => p.Id == id)?.EmployeeNumber ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return true;
        }
        catch (Platform.Web.NotFoundException)
        {
            return false;
        }
    }

    public static IEnumerable<CareerTrack> Tracks => Enum.GetValues<CareerTrack>();
    public static IEnumerable<ChainSegment> Segments => Enum.GetValues<ChainSegment>();
    public static IEnumerable<ProfessionalTitle> Titles => Enum.GetValues<ProfessionalTitle>();
    public static IEnumerable<EvidenceKind> EvidenceKinds => Enum.GetValues<EvidenceKind>();
    public static IEnumerable<SignOffRole> SignOffRoles => Enum.GetValues<SignOffRole>();
}
