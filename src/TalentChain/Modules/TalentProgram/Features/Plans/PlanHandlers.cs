using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

/// <summary>A development goal. Version: the plan's version you read (a stale one gets 409). Reason: why (required for changes and removals).</summary>
public sealed record GoalInput(string? TaxonomyCode, int? CurrentLevel, int? TargetLevel, string? Outcome, DateOnly? DueDate, string? Reason, long? Version = null);

public sealed record ActivityInput(ActivityKind? Kind, string? Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus? Status, string? CourseCode, Guid? GoalKey, string? Reason, long? Version = null);

public sealed record RemoveInput(string? Reason, long? Version = null);

public sealed record GoalView(Guid Key, string TaxonomyCode, string SkillName, int CurrentLevel, string CurrentLevelName, int TargetLevel, string TargetLevelName, int ActualLevel, string ActualLevelName, string Outcome, DateOnly DueDate, bool Proposed, int ProgressPercent, bool Met);

public sealed record ActivityView(Guid Key, ActivityKind Kind, string KindName, string Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, ActivityStatus Status, string StatusName, string? CourseCode, string? CourseName, Guid? GoalKey, bool Proposed);

public sealed record ChangeView(Guid ItemKey, PlanChangeKind Kind, string KindName, string Summary, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

public sealed record VersionSummary(int Number, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason);

public sealed record PlanView(
    int PlanId, int ParticipantId, int EmployeeId, string ParticipantName, long Version, int Number, bool IsOpen, DateOnly OpenedOn, DateOnly? ClosedOn, string? CloseReason,
    List<VersionSummary> Versions, List<GoalView> Goals, List<ActivityView> Activities, List<ChangeView> Changes);

public sealed record DiffField(string Field, string? From, string? To);

public sealed record DiffItem(Guid Key, string ItemKind, string Title, PlanChangeKind Change, string ChangeName, List<DiffField> Fields, List<string> Reasons);

public sealed record PlanDiffView(int ParticipantId, string ParticipantName, int From, int To, List<VersionSummary> Versions, List<DiffItem> Items);

public sealed class PlanHandlers(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, PeopleLabels labels)
{
    public async Task<PlanView> GetAsync(int participantId, int? number = null, CancellationToken ct = default)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().Include(p => p.Participant).ThenInclude(p => p!.Employee)
            .FirstOrDefaultAsync(p => p.ParticipantId == participantId, ct) ?? throw new NotFoundException(t["Plan.NotFound", participantId]);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.OpenedOn, v.ClosedOn, v.CloseReason)).ToListAsync(ct);
        var wanted = number ?? versions.LastOrDefault(v => v.ClosedOn is null)?.Number ?? versions.Last().Number;
        var version = await db.PlanVersions.AsNoTracking().Include(v => v.Goals).ThenInclude(g => g.TaxonomyNode)
            .Include(v => v.Activities).ThenInclude(a => a.Course).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == wanted, ct) ?? throw new NotFoundException(t["Plan.VersionNotFound", wanted]);
        var employeeId = plan.Participant!.EmployeeId;
        var nodeIds = version.Goals.Select(g => g.TaxonomyNodeId).ToList();
        var actual = await db.SkillRecords.AsNoTracking().Where(s => s.EmployeeId == employeeId && nodeIds.Contains(s.TaxonomyNodeId))
            .ToDictionaryAsync(s => s.TaxonomyNodeId, s => s.Level, ct);
        var chinese = UiCulture.IsChinese;
        var goals = version.Goals.OrderBy(g => g.DueDate).ThenBy(g => g.Id).Select(g =>
        {
            var level = Math.Max(actual.GetValueOrDefault(g.TaxonomyNodeId, g.CurrentLevel), g.CurrentLevel);
            return new GoalView(g.Key, g.TaxonomyNode!.Code, g.TaxonomyNode.DisplayName(chinese), g.CurrentLevel, labels.Level(g.CurrentLevel), g.TargetLevel, labels.Level(g.TargetLevel),
                level, labels.Level(level), g.Outcome, g.DueDate, g.Proposed, Progress(g.CurrentLevel, g.TargetLevel, level), level >= g.TargetLevel);
        }).ToList();
        var activities = version.Activities.OrderBy(a => a.PlannedStart ?? DateOnly.MaxValue).ThenBy(a => a.Id)
            .Select(a => new ActivityView(a.Key, a.Kind, t.Enum(a.Kind), a.Title, a.PlannedStart, a.PlannedEnd, a.Status, t.Enum(a.Status), a.Course?.Code, a.Course?.DisplayName(chinese), a.GoalKey, a.Proposed))
            .ToList();
        var changes = (await db.PlanChanges.AsNoTracking().Where(c => c.PlanVersionId == version.Id).ToListAsync(ct))
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ChangeView(c.ItemKey, c.Kind, t.Enum(c.Kind), c.Summary, c.Reason, c.ChangedBy, c.ChangedAt)).ToList();
        var e = plan.Participant.Employee!;
        return new PlanView(plan.Id, participantId, employeeId, ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName), plan.Version, version.Number, version.IsOpen,
            version.OpenedOn, version.ClosedOn, version.CloseReason, versions, goals, activities, changes);
    }

    /// <summary>How far from the starting level to the target the person's assessed level has come, 0–100.</summary>
    public static int Progress(int start, int target, int actual)
    {
        if (actual >= target) return 100;
        if (target <= start) return 100;
        return Math.Clamp((int)Math.Round(100.0 * (actual - start) / (target - start)), 0, 100);
    }

    private async Task<(DevelopmentPlan Plan, PlanVersion Version)> OpenVersionAsync(int participantId, int number, long? readVersion, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(p => p.ParticipantId == participantId, ct) ?? throw new NotFoundException(t["Plan.NotFound", participantId]);
        var version = await db.PlanVersions.Include(v => v.Goals).Include(v => v.Activities).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == number, ct) ?? throw new NotFoundException(t["Plan.VersionNotFound", number]);
        if (!version.IsOpen)
        {
            var open = await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.ClosedOn == null).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
            throw ValidationFailedException.For(t["Plan.Invalid"], "version", t["Plan.VersionClosed", number, ProgramText.Date(version.ClosedOn!.Value), open?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        }
        Concurrency.Check(db, plan, readVersion, t);
        return (plan, version);
    }

    private void Touch(DevelopmentPlan plan) => plan.LastChangedAt = db.Clock.GetUtcNow();

    private void Log(PlanVersion version, Guid key, PlanChangeKind kind, string summary, string? reason) =>
        db.PlanChanges.Add(new PlanChange { PlanVersionId = version.Id, ItemKey = key, Kind = kind, Summary = summary, Reason = reason, ChangedBy = db.CurrentUser.Name, ChangedAt = db.Clock.GetUtcNow() });

    public async Task<GoalView> AddGoalAsync(int participantId, int number, GoalInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        RequirePropose(caller);
        var (plan, version) = await OpenVersionAsync(participantId, number, input.Version, ct);
        var (node, errors) = await ValidateGoalAsync(input, requireReason: false, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var goal = new PlanGoal { Key = Guid.NewGuid(), Outcome = "", Proposed = !caller.CanEditPlan };
        Apply(goal, node!, input);
        version.Goals.Add(goal);
        Log(version, goal.Key, PlanChangeKind.Added, t["Plan.GoalSummary", node!.Code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)], ProgramText.Blank(input.Reason));
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participantId, number, ct)).Goals.First(g => g.Key == goal.Key);
    }

    public async Task<GoalView> UpdateGoalAsync(int participantId, int number, Guid key, GoalInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        RequirePropose(caller);
        var (plan, version) = await OpenVersionAsync(participantId, number, input.Version, ct);
        var goal = version.Goals.FirstOrDefault(g => g.Key == key) ?? throw new NotFoundException(t["Plan.ItemNotFound", key]);
        RequireEditItem(caller, goal.Proposed);
        var (node, errors) = await ValidateGoalAsync(input, requireReason: true, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var before = t["Plan.GoalSummary", goal.TaxonomyNode?.Code ?? "", goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)];
        Apply(goal, node!, input);
        Log(version, key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.GoalSummary", node!.Code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)]], ProgramText.Blank(input.Reason));
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participantId, number, ct)).Goals.First(g => g.Key == key);
    }

    public async Task<ActivityView> AddActivityAsync(int participantId, int number, ActivityInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        RequirePropose(caller);
        var (plan, version) = await OpenVersionAsync(participantId, number, input.Version, ct);
        var (course, errors) = await ValidateActivityAsync(input, version, requireReason: false, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var activity = new PlanActivity { Key = Guid.NewGuid(), Title = "", Proposed = !caller.CanEditPlan };
        Apply(activity, course, input);
        version.Activities.Add(activity);
        Log(version, activity.Key, PlanChangeKind.Added, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title], ProgramText.Blank(input.Reason));
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participantId, number, ct)).Activities.First(a => a.Key == activity.Key);
    }

    public async Task<ActivityView> UpdateActivityAsync(int participantId, int number, Guid key, ActivityInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        RequirePropose(caller);
        var (plan, version) = await OpenVersionAsync(participantId, number, input.Version, ct);
        var activity = version.Activities.FirstOrDefault(a => a.Key == key) ?? throw new NotFoundException(t["Plan.ItemNotFound", key]);
        RequireEditItem(caller, activity.Proposed);
        var (course, errors) = await ValidateActivityAsync(input, version, requireReason: true, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var before = t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status);
        Apply(activity, course, input);
        Log(version, key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status)], ProgramText.Blank(input.Reason));
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participantId, number, ct)).Activities.First(a => a.Key == key);
    }

    public async Task RemoveItemAsync(int participantId, int number, Guid key, RemoveInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        RequirePropose(caller);
        var (plan, version) = await OpenVersionAsync(participantId, number, input.Version, ct);
        var reason = ProgramText.Blank(input.Reason);
        if (reason is null) throw ValidationFailedException.For(t["Plan.Invalid"], nameof(input.Reason), t["Plan.ReasonRequired"]);
        if (version.Goals.FirstOrDefault(g => g.Key == key) is { } goal)
        {
            RequireEditItem(caller, goal.Proposed);
            if (version.Activities.Any(a => a.GoalKey == key))
                throw ValidationFailedException.For(t["Plan.Invalid"], "key", t["Plan.GoalHasActivities"]);
            var code = await db.TaxonomyNodes.Where(n => n.Id == goal.TaxonomyNodeId).Select(n => n.Code).FirstAsync(ct);
            version.Goals.Remove(goal);
            db.PlanGoals.Remove(goal);
            Log(version, key, PlanChangeKind.Removed, t["Plan.GoalSummary", code, goal.CurrentLevel, goal.TargetLevel, ProgramText.Date(goal.DueDate)], reason);
        }
        else if (version.Activities.FirstOrDefault(a => a.Key == key) is { } activity)
        {
            RequireEditItem(caller, activity.Proposed);
            db.PlanActivities.Remove(activity);
            Log(version, key, PlanChangeKind.Removed, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title], reason);
        }
        else throw new NotFoundException(t["Plan.ItemNotFound", key]);
        Touch(plan);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A line manager or program manager accepts an item the participant proposed.</summary>
    public async Task AcceptAsync(int participantId, int number, Guid key, long? readVersion, ParticipantRelation caller, CancellationToken ct = default)
    {
        if (!caller.CanEditPlan) throw new AccessDeniedException(t["Access.PlanEdit"]);
        var (plan, version) = await OpenVersionAsync(participantId, number, readVersion, ct);
        string summary;
        if (version.Goals.FirstOrDefault(g => g.Key == key) is { } goal) { goal.Proposed = false; summary = t["Plan.GoalAccepted"]; }
        else if (version.Activities.FirstOrDefault(a => a.Key == key) is { } activity) { activity.Proposed = false; summary = t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title]; }
        else throw new NotFoundException(t["Plan.ItemNotFound", key]);
        Log(version, key, PlanChangeKind.Accepted, summary, null);
        Touch(plan);
        await db.SaveChangesAsync(ct);
    }

    private void RequirePropose(ParticipantRelation caller)
    {
        if (!caller.CanProposePlan) throw new AccessDeniedException(t["Access.PlanEdit"]);
    }

    private void RequireEditItem(ParticipantRelation caller, bool proposed)
    {
        if (!caller.CanEditPlan && !proposed) throw new AccessDeniedException(t["Access.AgreedItem"]);
    }

    private async Task<(TaxonomyNode? Node, FieldErrors Errors)> ValidateGoalAsync(GoalInput input, bool requireReason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = (input.TaxonomyCode ?? "").Trim().ToUpperInvariant();
        TaxonomyNode? node = null;
        if (code.Length == 0) errors.Add(nameof(input.TaxonomyCode), t["Goal.SkillRequired"]);
        else
        {
            node = await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
            if (node is null) errors.Add(nameof(input.TaxonomyCode), t["Goal.SkillUnknown", code]);
            else if (node.Kind != TaxonomyKind.Skill) errors.Add(nameof(input.TaxonomyCode), t["Goal.NotASkill", code]);
        }
        if (input.CurrentLevel is not { } current || !Proficiency.IsValid(current)) errors.Add(nameof(input.CurrentLevel), t["Goal.LevelRange", Proficiency.Min, Proficiency.Max]);
        if (input.TargetLevel is not { } target || !Proficiency.IsValid(target)) errors.Add(nameof(input.TargetLevel), t["Goal.LevelRange", Proficiency.Min, Proficiency.Max]);
        else if (input.CurrentLevel is { } c2 && target <= c2) errors.Add(nameof(input.TargetLevel), t["Goal.TargetAboveCurrent"]);
        var outcome = ProgramText.Blank(input.Outcome);
        if (outcome is null) errors.Add(nameof(input.Outcome), t["Goal.OutcomeRequired"]);
        else if (outcome.Length > 1000) errors.Add(nameof(input.Outcome), t["Common.TooLong", 1000]);
        if (input.DueDate is null) errors.Add(nameof(input.DueDate), t["Goal.DueRequired"]);
        if (requireReason && ProgramText.Blank(input.Reason) is null) errors.Add(nameof(input.Reason), t["Plan.ReasonRequired"]);
        if (input.Reason?.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        return (node, errors);
    }

    private static void Apply(PlanGoal goal, TaxonomyNode node, GoalInput input)
    {
        goal.TaxonomyNodeId = node.Id;
        goal.TaxonomyNode = null;
        goal.CurrentLevel = input.CurrentLevel!.Value;
        goal.TargetLevel = input.TargetLevel!.Value;
        goal.Outcome = input.Outcome!.Trim();
        goal.DueDate = input.DueDate!.Value;
    }

    private async Task<(Course? Course, FieldErrors Errors)> ValidateActivityAsync(ActivityInput input, PlanVersion version, bool requireReason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input.Kind is null) errors.Add(nameof(input.Kind), t["Activity.KindRequired"]);
        var title = ProgramText.Blank(input.Title);
        Course? course = null;
        var code = ProgramText.Blank(input.CourseCode)?.ToUpperInvariant();
        if (code is not null)
        {
            course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
            if (course is null) errors.Add(nameof(input.CourseCode), t["Activity.CourseUnknown", code]);
        }
        if (title is null && course is null) errors.Add(nameof(input.Title), t["Activity.TitleRequired"]);
        else if (title?.Length > 300) errors.Add(nameof(input.Title), t["Common.TooLong", 300]);
        if (input.PlannedStart is { } s && input.PlannedEnd is { } e && e < s) errors.Add(nameof(input.PlannedEnd), t["Activity.EndBeforeStart"]);
        if (input.GoalKey is { } g && version.Goals.All(x => x.Key != g)) errors.Add(nameof(input.GoalKey), t["Activity.GoalUnknown"]);
        if (requireReason && ProgramText.Blank(input.Reason) is null) errors.Add(nameof(input.Reason), t["Plan.ReasonRequired"]);
        return (course, errors);
    }

    private static void Apply(PlanActivity a, Course? course, ActivityInput input)
    {
        a.Kind = input.Kind!.Value;
        a.Title = ProgramText.Blank(input.Title) ?? course!.Name;
        a.PlannedStart = input.PlannedStart;
        a.PlannedEnd = input.PlannedEnd;
        a.Status = input.Status ?? a.Status;
        a.CourseId = course?.Id;
        a.Course = null;
        a.GoalKey = input.GoalKey;
    }

    /// <summary>What changed between versions <paramref name="from"/> and <paramref name="to"/>, with the reasons recorded in between.</summary>
    public async Task<PlanDiffView> DiffAsync(int participantId, int from, int to, CancellationToken ct = default)
    {
        if (from >= to) throw ValidationFailedException.For(t["Diff.Invalid"], "from", t["Diff.Order"]);
        var a = await GetAsync(participantId, from, ct);
        var b = await GetAsync(participantId, to, ct);
        var planId = a.PlanId;
        var reasons = (await db.PlanChanges.AsNoTracking()
                .Where(c => db.Set<PlanVersion>().Any(v => v.Id == c.PlanVersionId && v.PlanId == planId && v.Number > from && v.Number <= to))
                .ToListAsync(ct))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .ToLookup(c => c.ItemKey, c => string.IsNullOrEmpty(c.Reason) ? $"{t.Enum(c.Kind)} ({c.ChangedBy})" : $"{c.Reason} ({t.Enum(c.Kind)}, {c.ChangedBy})");
        // A review refreshes the starting level of each goal from the skill record: show that as its own reason.
        var closing = a.Versions.Where(v => v.Number >= from && v.Number < to && v.CloseReason is not null).Select(v => v.CloseReason!).ToList();
        var diff = PlanDiff.Compare(Snapshots(a), Snapshots(b), reasons);
        var items = diff.Select(d => new DiffItem(d.Key, d.Kind, d.Title, d.Change, t.Enum(d.Change),
            [.. d.Fields.Select(f => new DiffField(t[$"Field.{f.Field}"], f.From, f.To))],
            d.Reasons.Count > 0 ? [.. d.Reasons] : closing)).ToList();
        return new PlanDiffView(participantId, a.ParticipantName, from, to, b.Versions, items);
    }

    private List<PlanItemSnapshot> Snapshots(PlanView v) =>
    [
        .. v.Goals.Select(g => new PlanItemSnapshot(g.Key, t["Item.Goal"], $"{g.SkillName} ({g.TaxonomyCode})", new Dictionary<string, string?>
        {
            ["Skill"] = g.TaxonomyCode, ["CurrentLevel"] = g.CurrentLevel.ToString(CultureInfo.InvariantCulture), ["TargetLevel"] = g.TargetLevel.ToString(CultureInfo.InvariantCulture),
            ["Outcome"] = g.Outcome, ["DueDate"] = ProgramText.Date(g.DueDate),
        })),
        .. v.Activities.Select(a => new PlanItemSnapshot(a.Key, t["Item.Activity"], a.Title, new Dictionary<string, string?>
        {
            ["Kind"] = a.KindName, ["Title"] = a.Title, ["Status"] = a.StatusName, ["Course"] = a.CourseCode,
            ["PlannedStart"] = a.PlannedStart is { } s ? ProgramText.Date(s) : null, ["PlannedEnd"] = a.PlannedEnd is { } e ? ProgramText.Date(e) : null,
        })),
    ];
}

/// <summary>Pickers for the plan forms.</summary>
public sealed class PlanChoices(TalentChainDbContext db)
{
    public async Task<List<(string Code, string Name)>> SkillsAsync(CancellationToken ct = default)
    {
        var rows = await db.TaxonomyNodes.AsNoTracking().Where(n => n.Kind == TaxonomyKind.Skill).Select(n => new { n.Code, n.Name, n.NameZh }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, UiCulture.Pick(r.Name, r.NameZh)))];
    }

    /// <summary>People who can mentor: active engineers and above, by name.</summary>
    public async Task<List<(int Id, string Label)>> MentorCandidatesAsync(CancellationToken ct = default)
    {
        var engineersAndAbove = ProfessionalTitles.AtLeast(ProfessionalTitle.Engineer);
        var rows = await db.Employees.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active && engineersAndAbove.Contains(e.Title))
            .Select(e => new { e.Id, e.GivenName, e.FamilyName, e.ChineseName, e.EmployeeNumber, e.Position }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, $"{ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName)} · {r.Position} ({r.EmployeeNumber})")).OrderBy(r => r.Item2, StringComparer.CurrentCulture)];
    }

    /// <summary>Current participants, for enrolling them in training.</summary>
    public async Task<List<(int EmployeeId, string Label)>> ParticipantsAsync(CancellationToken ct = default)
    {
        var rows = await db.Participants.AsNoTracking().Where(p => p.Status == ParticipantStatus.Selected)
            .Select(p => new { p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName, p.Employee.EmployeeNumber, Cohort = p.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.EmployeeId, $"{ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName)} ({r.EmployeeNumber}) · {r.Cohort}")).Distinct().OrderBy(r => r.Item2, StringComparer.CurrentCulture)];
    }

    public async Task<List<(string Code, string Name)>> CoursesAsync(CancellationToken ct = default)
    {
        var rows = await db.Courses.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameZh }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, UiCulture.Pick(r.Name, r.NameZh)))];
    }
}
