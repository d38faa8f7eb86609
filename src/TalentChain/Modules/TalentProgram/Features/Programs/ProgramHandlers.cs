using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Programs;

/// <summary>
/// A program's settings. On creation the stage template is built from the counts ("1+5+N": OnboardingStages 1,
/// RotationStages 5, then one repeating development stage); later the stages are edited one by one.
/// </summary>
public sealed record ProgramInput(
    string? Name, string? NameZh, string? Goals,
    List<CareerTrack>? EligibleTracks, List<ChainSegment>? EligibleSegments, ProfessionalTitle? MinTitle,
    int? MinTenureYears, int? MinAge, int? MaxAge, int? ReviewIntervalMonths, int? ReminderDaysAhead,
    int? OnboardingStages = 1, int? RotationStages = 5, int? OnboardingMonths = 3, int? RotationMonths = 3, int? DevelopmentMonths = 6,
    long? Version = null, List<int>? ManagerEmployeeIds = null);

public sealed record StageInput(string? Name, string? NameZh, int? DurationMonths, long? Version = null);

public sealed record CriterionInput(string? Text, string? TextZh, EvidenceKind? Kind, SignOffRole? SignOffRole, int? MinScore);

public sealed record CohortInput(int? IntakeYear, string? Name, DateOnly? StartDate);

public sealed record CriterionView(int Id, string Text, EvidenceKind Kind, string KindName, SignOffRole? SignOffRole, int? MinScore);

public sealed record StageView(int Id, int Order, StageKind Kind, string KindName, string Name, string NameEn, string? NameZh, int DurationMonths, long Version, List<CriterionView> Criteria);

public sealed record CohortSummary(int Id, int IntakeYear, string Name, DateOnly StartDate, int Nominated, int Selected);

public sealed record ProgramView(
    int Id, string Name, string NameEn, string? NameZh, string? Goals,
    List<CareerTrack> EligibleTracks, List<ChainSegment> EligibleSegments, ProfessionalTitle? MinTitle,
    int? MinTenureYears, int? MinAge, int? MaxAge, int ReviewIntervalMonths, int ReminderDaysAhead, long Version, List<int> ManagerEmployeeIds,
    string TemplateLabel, List<StageView> Stages, List<CohortSummary> Cohorts);

public sealed class ProgramHandlers(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<ProgramView>> ListAsync(CancellationToken ct = default)
    {
        var ids = await db.DevelopmentPrograms.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var list = new List<ProgramView>();
        foreach (var id in ids) list.Add(await GetAsync(id, ct));
        return list;
    }

    public async Task<ProgramView> GetAsync(int id, CancellationToken ct = default)
    {
        var p = await db.DevelopmentPrograms.AsNoTracking().Include(x => x.Stages).ThenInclude(s => s.Criteria)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Program.NotFound", id]);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgramId == id).OrderByDescending(c => c.IntakeYear)
            .Select(c => new CohortSummary(c.Id, c.IntakeYear, c.Name, c.StartDate, c.Participants.Count,
                c.Participants.Count(x => x.Status == ParticipantStatus.Selected || x.Status == ParticipantStatus.Completed)))
            .ToListAsync(ct);
        var stages = p.Stages.OrderBy(s => s.Order).Select(s => new StageView(s.Id, s.Order, s.Kind, t.Enum(s.Kind), s.DisplayName(UiCulture.IsChinese), s.Name, s.NameZh, s.DurationMonths, s.Version,
            [.. s.Criteria.OrderBy(c => c.Id).Select(c => new CriterionView(c.Id, c.DisplayText(UiCulture.IsChinese), c.Kind, t.Enum(c.Kind), c.SignOffRole, c.MinScore))])).ToList();
        return new ProgramView(p.Id, p.DisplayName(UiCulture.IsChinese), p.Name, p.NameZh, p.Goals, p.EligibleTracks, p.EligibleSegments, p.MinTitle,
            p.MinTenureYears, p.MinAge, p.MaxAge, p.ReviewIntervalMonths, p.ReminderDaysAhead, p.Version, p.ManagerEmployeeIds, TemplateLabel(stages), stages, cohorts);
    }

    /// <summary>"1+5+N" for one onboarding stage, five rotations and a repeating development stage.</summary>
    public static string TemplateLabel(IReadOnlyCollection<StageView> stages)
    {
        var onboarding = stages.Count(s => s.Kind == StageKind.Onboarding);
        var rotations = stages.Count(s => s.Kind == StageKind.Rotation);
        return stages.Any(s => s.Kind == StageKind.Development) ? $"{onboarding}+{rotations}+N" : $"{onboarding}+{rotations}";
    }

    public async Task<ProgramView> CreateAsync(ProgramInput input, CancellationToken ct = default)
    {
        var program = new DevelopmentProgram { Name = "" };
        var errors = await ValidateAsync(input, program, creating: true, ct);
        errors.ThrowIfAny(t["Program.Invalid"]);
        foreach (var s in StageEngine.Template(input.OnboardingStages ?? 1, input.RotationStages ?? 5, input.OnboardingMonths ?? 3, input.RotationMonths ?? 3, input.DevelopmentMonths ?? 6))
            program.Stages.Add(s);
        db.DevelopmentPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        return await GetAsync(program.Id, ct);
    }

    public async Task<ProgramView> UpdateAsync(int id, ProgramInput input, CancellationToken ct = default)
    {
        var program = await db.DevelopmentPrograms.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(t["Program.NotFound", id]);
        Concurrency.Check(db, program, input.Version, t);
        var errors = await ValidateAsync(input, program, creating: false, ct);
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            errors.ThrowIfAny(t["Program.Invalid"]);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<FieldErrors> ValidateAsync(ProgramInput input, DevelopmentProgram program, bool creating, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Program.NameRequired"]);
        else if (name.Length > DevelopmentProgram.MaxNameLength) errors.Add(nameof(input.Name), t["Common.TooLong", DevelopmentProgram.MaxNameLength]);
        var interval = input.ReviewIntervalMonths ?? 6;
        if (interval is < 1 or > 24) errors.Add(nameof(input.ReviewIntervalMonths), t["Program.IntervalRange"]);
        var days = input.ReminderDaysAhead ?? 14;
        if (days is < 0 or > 90) errors.Add(nameof(input.ReminderDaysAhead), t["Program.ReminderRange"]);
        if (input.MinAge is { } min && input.MaxAge is { } max && min > max) errors.Add(nameof(input.MaxAge), t["Program.AgeBand"]);
        if (input.MinAge is < 16 or > 70) errors.Add(nameof(input.MinAge), t["Program.AgeRange"]);
        if (input.MaxAge is < 16 or > 70) errors.Add(nameof(input.MaxAge), t["Program.AgeRange"]);
        if (input.MinTenureYears is < 0 or > 50) errors.Add(nameof(input.MinTenureYears), t["Program.TenureRange"]);
        if (creating)
        {
            if (input.OnboardingStages is < 0 or > 5) errors.Add(nameof(input.OnboardingStages), t["Program.StageCountRange", 0, 5]);
            if (input.RotationStages is < 0 or > 12) errors.Add(nameof(input.RotationStages), t["Program.StageCountRange", 0, 12]);
            foreach (var (field, months) in new[] { (nameof(input.OnboardingMonths), input.OnboardingMonths), (nameof(input.RotationMonths), input.RotationMonths), (nameof(input.DevelopmentMonths), input.DevelopmentMonths) })
                if (months is < 1 or > 36) errors.Add(field, t["Program.DurationRange"]);
        }
        var managers = (input.ManagerEmployeeIds ?? []).Distinct().ToList();
        if (managers.Count > 0)
        {
            var known = await db.EmployeeRefs.Where(e => managers.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
            foreach (var unknown in managers.Except(known)) errors.Add(nameof(input.ManagerEmployeeIds), t["Nomination.EmployeeUnknown", unknown]);
        }
        if (errors.Any) return errors;
        program.ManagerEmployeeIds = managers;
        program.Name = name!;
        program.NameZh = ProgramText.Blank(input.NameZh);
        program.Goals = ProgramText.Blank(input.Goals);
        program.EligibleTracks = [.. (input.EligibleTracks ?? []).Distinct()];
        program.EligibleSegments = [.. (input.EligibleSegments ?? []).Distinct()];
        program.MinTitle = input.MinTitle is ProfessionalTitle.None ? null : input.MinTitle;
        program.MinTenureYears = input.MinTenureYears;
        program.MinAge = input.MinAge;
        program.MaxAge = input.MaxAge;
        program.ReviewIntervalMonths = interval;
        program.ReminderDaysAhead = days;
        return errors;
    }

    public async Task<ProgramView> UpdateStageAsync(int programId, int stageId, StageInput input, CancellationToken ct = default)
    {
        var stage = await db.ProgramStages.FirstOrDefaultAsync(s => s.Id == stageId && s.ProgramId == programId, ct) ?? throw new NotFoundException(t["Stage.NotFound", stageId]);
        Concurrency.Check(db, stage, input.Version, t);
        var errors = new FieldErrors();
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Stage.NameRequired"]);
        if (input.DurationMonths is not ({ } m and >= 1 and <= 36)) errors.Add(nameof(input.DurationMonths), t["Program.DurationRange"]);
        errors.ThrowIfAny(t["Stage.Invalid"]);
        stage.Name = name!;
        stage.NameZh = ProgramText.Blank(input.NameZh);
        stage.DurationMonths = input.DurationMonths!.Value;
        await db.SaveChangesAsync(ct);
        return await GetAsync(programId, ct);
    }

    public async Task<ProgramView> AddCriterionAsync(int programId, int stageId, CriterionInput input, CancellationToken ct = default)
    {
        var stage = await db.ProgramStages.FirstOrDefaultAsync(s => s.Id == stageId && s.ProgramId == programId, ct) ?? throw new NotFoundException(t["Stage.NotFound", stageId]);
        var errors = new FieldErrors();
        var text = ProgramText.Blank(input.Text);
        if (text is null) errors.Add(nameof(input.Text), t["Criterion.TextRequired"]);
        else if (text.Length > 500) errors.Add(nameof(input.Text), t["Common.TooLong", 500]);
        if (input.Kind is null) errors.Add(nameof(input.Kind), t["Criterion.KindRequired"]);
        if (input.Kind == EvidenceKind.SignOff && input.SignOffRole is null) errors.Add(nameof(input.SignOffRole), t["Criterion.RoleRequired"]);
        if (input.Kind == EvidenceKind.Assessment && input.MinScore is not (>= 0 and <= 100)) errors.Add(nameof(input.MinScore), t["Criterion.ScoreRange"]);
        errors.ThrowIfAny(t["Criterion.Invalid"]);
        db.GateCriteria.Add(new GateCriterion
        {
            StageId = stage.Id, Text = text!, TextZh = ProgramText.Blank(input.TextZh), Kind = input.Kind!.Value,
            SignOffRole = input.Kind == EvidenceKind.SignOff ? input.SignOffRole : null,
            MinScore = input.Kind == EvidenceKind.Assessment ? input.MinScore : null,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(programId, ct);
    }

    public async Task<ProgramView> RemoveCriterionAsync(int programId, int criterionId, CancellationToken ct = default)
    {
        var criterion = await db.GateCriteria.FirstOrDefaultAsync(c => c.Id == criterionId && db.Set<ProgramStage>().Any(s => s.Id == c.StageId && s.ProgramId == programId), ct)
            ?? throw new NotFoundException(t["Criterion.NotFound", criterionId]);
        if (await db.GateEvidence.AnyAsync(e => e.GateCriterionId == criterionId, ct))
            throw ValidationFailedException.For(t["Criterion.Invalid"], "criterionId", t["Criterion.HasEvidence"]);
        db.GateCriteria.Remove(criterion);
        await db.SaveChangesAsync(ct);
        return await GetAsync(programId, ct);
    }

    public async Task<CohortSummary> CreateCohortAsync(int programId, CohortInput input, CancellationToken ct = default)
    {
        if (!await db.DevelopmentPrograms.AnyAsync(p => p.Id == programId, ct)) throw new NotFoundException(t["Program.NotFound", programId]);
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name));
        if (input.IntakeYear is not ({ } year and >= 2000 and <= 2100)) errors.Add(nameof(input.IntakeYear), t["Cohort.YearRange"]);
        else if (await db.Cohorts.AnyAsync(c => c.ProgramId == programId && c.IntakeYear == year, ct)) errors.Add(nameof(input.IntakeYear), t["Cohort.YearTaken", year]);
        if (input.StartDate is null) errors.Add(nameof(input.StartDate), t["Cohort.StartRequired"]);
        errors.ThrowIfAny(t["Cohort.Invalid"]);
        var cohort = new Cohort
        {
            ProgramId = programId, IntakeYear = input.IntakeYear!.Value, StartDate = input.StartDate!.Value,
            Name = ProgramText.Blank(input.Name) ?? t["Cohort.DefaultName", input.IntakeYear.Value],
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        return new CohortSummary(cohort.Id, cohort.IntakeYear, cohort.Name, cohort.StartDate, 0, 0);
    }
}

