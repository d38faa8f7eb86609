using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Web;

namespace TalentChain.Modules.TalentProgram.Features.Programs;

/// <summary>/program/{id}: settings and eligibility, the stage template with its gate criteria, the cohorts.</summary>
public class ProgramDetailModel(ProgramHandlers programs, ProgramAccess access, IStringLocalizer<TalentProgramResource> t, PeopleLabels labels) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    public ProgramView Program { get; private set; } = null!;
    public PeopleLabels Labels => labels;

    [BindProperty] public ProgramInput? Settings { get; set; }
    [BindProperty] public CriterionInput? Criterion { get; set; }
    [BindProperty] public int StageId { get; set; }
    [BindProperty] public StageInput? Stage { get; set; }
    [BindProperty] public CohortInput? Cohort { get; set; }
    /// <summary>The program's managers as typed: employee ids separated by commas or spaces.</summary>
    [BindProperty] public string? Managers { get; set; }

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

    public Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        var ids = (Managers ?? "").Split([',', ' ', '，', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1).ToList();
        return RunAsync(() => programs.UpdateAsync(Id, Settings! with { ManagerEmployeeIds = ids }, ct), t["Program.Saved"], ct, keepSettings: true);
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
