using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Reviews;

public sealed record TextInput(string? Text, long? Version = null);

public sealed record SkillUpdateInput(string? TaxonomyCode, int? Level, string? Evidence);

/// <summary>The line manager's decision; completes the review (default date today), writes the skill levels, closes the plan version and opens the next.</summary>
public sealed record CompleteReviewInput(ReviewDecision? Decision, string? Note, DateOnly? CompletedOn, List<SkillUpdateInput>? SkillUpdates, long? Version = null);

public sealed record RescheduleInput(DateOnly? DueDate, long? Version = null);

public sealed record MentorInputView(string MentorName, MentorRole Role, string RoleName, string Text, DateOnly SubmittedOn);

public sealed record PendingMentor(int EmployeeId, string Name, MentorRole Role, string RoleName, bool Submitted);

public sealed record SkillUpdateView(string TaxonomyCode, string SkillName, int Level, string LevelName, string Evidence);

public sealed record ReviewView(
    int Id, int ParticipantId, int EmployeeId, string ParticipantName, int Sequence, DateOnly DueDate, bool Overdue, DateOnly? StartDate,
    string? SelfAssessment, DateOnly? SelfAssessedOn, List<MentorInputView> MentorInputs, List<PendingMentor> Mentors,
    ReviewDecision? Decision, string? DecisionName, string? DecisionNote, string? DecidedBy, DateOnly? CompletedOn, List<SkillUpdateView> SkillUpdates,
    int? OpenPlanVersion, long Version);

public sealed record ReviewListRow(int Id, int ParticipantId, string Name, string Cohort, int Sequence, DateOnly DueDate, bool Overdue, int DaysLate);

public sealed class ReviewHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels, IPeopleDirectory people)
{
    private DateOnly Today => clock.Today();

    public async Task<int> ParticipantOfAsync(int reviewId, CancellationToken ct = default) =>
        await db.Reviews.Where(r => r.Id == reviewId).Select(r => (int?)r.ParticipantId).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(t["Review.NotFound", reviewId]);

    public async Task<ReviewView> GetAsync(int id, CancellationToken ct = default)
    {
        var r = await db.Reviews.AsNoTracking().Include(x => x.Participant).ThenInclude(p => p!.Employee)
            .Include(x => x.MentorInputs).ThenInclude(m => m.Mentor)
            .Include(x => x.SkillUpdates).ThenInclude(s => s.TaxonomyNode).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Review.NotFound", id]);
        var today = Today;
        var mentors = await db.MentorAssignments.AsNoTracking().Where(m => m.ParticipantId == r.ParticipantId && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => new { m.MentorEmployeeId, m.Mentor!.GivenName, m.Mentor.FamilyName, m.Mentor.ChineseName, m.Role }).ToListAsync(ct);
        var open = await db.PlanVersions.Where(v => v.Plan!.ParticipantId == r.ParticipantId && v.ClosedOn == null).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
        var e = r.Participant!.Employee!;
        return new ReviewView(r.Id, r.ParticipantId, e.Id, ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName), r.Sequence, r.DueDate, r.IsOverdue(today), r.Participant.StartDate,
            r.SelfAssessment, r.SelfAssessedOn,
            [.. r.MentorInputs.OrderBy(m => m.Role).Select(m => new MentorInputView(ProgramText.Person(m.Mentor!.GivenName, m.Mentor.FamilyName, m.Mentor.ChineseName), m.Role, t.Enum(m.Role), m.Text, m.SubmittedOn))],
            [.. mentors.OrderBy(m => m.Role).Select(m => new PendingMentor(m.MentorEmployeeId, ProgramText.Person(m.GivenName, m.FamilyName, m.ChineseName), m.Role, t.Enum(m.Role),
                r.MentorInputs.Any(i => i.MentorEmployeeId == m.MentorEmployeeId && i.Role == m.Role)))],
            r.Decision, r.Decision is { } d ? t.Enum(d) : null, r.DecisionNote, r.DecidedBy, r.CompletedOn,
            [.. r.SkillUpdates.Select(s => new SkillUpdateView(s.TaxonomyNode!.Code, s.TaxonomyNode.DisplayName(UiCulture.IsChinese), s.Level, labels.Level(s.Level), s.Evidence))],
            open, r.Version);
    }

    /// <summary>Open reviews of the participants in <paramref name="visible"/>: overdue first, then those due within <paramref name="withinDays"/>.</summary>
    public async Task<List<ReviewListRow>> DueAsync(IQueryable<Participant> visible, bool overdueOnly, int withinDays = 60, CancellationToken ct = default)
    {
        var today = Today;
        var horizon = overdueOnly ? today.AddDays(-1) : today.AddDays(withinDays);
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => r.CompletedOn == null && r.DueDate <= horizon && visible.Any(p => p.Id == r.ParticipantId && p.Status == ParticipantStatus.Selected))
            .Select(r => new { r.Id, r.ParticipantId, r.Participant!.Employee!.GivenName, r.Participant.Employee.FamilyName, r.Participant.Employee.ChineseName, Cohort = r.Participant.Cohort!.Name, r.Sequence, r.DueDate })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.DueDate).Select(r => new ReviewListRow(r.Id, r.ParticipantId, ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName), r.Cohort, r.Sequence, r.DueDate,
            r.DueDate < today, Math.Max(0, today.DayNumber - r.DueDate.DayNumber)))];
    }

    private async Task<Review> OpenReviewAsync(int id, long? version, CancellationToken ct)
    {
        var r = await db.Reviews.Include(x => x.Participant).ThenInclude(p => p!.Cohort).ThenInclude(c => c!.Program)
            .Include(x => x.MentorInputs).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Review.NotFound", id]);
        if (r.IsCompleted) throw ValidationFailedException.For(t["Review.Invalid"], "review", t["Review.AlreadyCompleted", ProgramText.Date(r.CompletedOn!.Value)]);
        Concurrency.Check(db, r, version, t);
        return r;
    }

    public async Task SubmitSelfAsync(int id, TextInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        if (!caller.Self && !caller.Manager) throw new AccessDeniedException(t["Access.SelfOnly"]);
        var r = await OpenReviewAsync(id, input.Version, ct);
        var text = ProgramText.Blank(input.Text);
        if (text is null) throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.Text), t["Review.TextRequired"]);
        if (text.Length > 4000) throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.Text), t["Common.TooLong", 4000]);
        r.SelfAssessment = text;
        r.SelfAssessedOn = Today;
        await db.SaveChangesAsync(ct);
    }

    public async Task SubmitMentorInputAsync(int id, TextInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        var r = await OpenReviewAsync(id, input.Version, ct);
        var today = Today;
        var assignment = caller.ViewerEmployeeId is { } viewer
            ? await db.MentorAssignments.AsNoTracking().Where(m => m.ParticipantId == r.ParticipantId && m.MentorEmployeeId == viewer && m.From <= today && (m.To == null || m.To >= today))
                .OrderBy(m => m.Role).FirstOrDefaultAsync(ct)
            : null;
        if (assignment is null) throw new AccessDeniedException(t["Access.MentorOnly"]);
        var text = ProgramText.Blank(input.Text);
        if (text is null) throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.Text), t["Review.TextRequired"]);
        if (text.Length > 4000) throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.Text), t["Common.TooLong", 4000]);
        var existing = r.MentorInputs.FirstOrDefault(m => m.MentorEmployeeId == assignment.MentorEmployeeId && m.Role == assignment.Role);
        if (existing is null) r.MentorInputs.Add(new ReviewMentorInput { MentorEmployeeId = assignment.MentorEmployeeId, Role = assignment.Role, Text = text, SubmittedOn = today });
        else { existing.Text = text; existing.SubmittedOn = today; }
        db.Entry(r).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task RescheduleAsync(int id, RescheduleInput input, CancellationToken ct = default)
    {
        var r = await OpenReviewAsync(id, input.Version, ct);
        if (input.DueDate is not { } due) throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.DueDate), t["Review.DueRequired"]);
        if (r.Participant!.StartDate is { } start && due <= start)
            throw ValidationFailedException.For(t["Review.Invalid"], nameof(input.DueDate), t["Review.BeforeStart", ProgramText.Date(start)]);
        r.DueDate = due;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Completes the review: writes the assessed skill levels (with evidence) to the person's skill records,
    /// closes the open plan version and opens the next (goals carried forward with refreshed starting levels,
    /// unfinished activities carried forward), and schedules the next review from the participant's start.
    /// </summary>
    public async Task<ReviewView> CompleteAsync(int id, CompleteReviewInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        if (!caller.LineManager && !caller.Manager) throw new AccessDeniedException(t["Access.DecisionOnly"]);
        var r = await OpenReviewAsync(id, input.Version, ct);
        var p = r.Participant!;
        var program = p.Cohort!.Program!;
        var errors = new FieldErrors();
        if (input.Decision is null) errors.Add(nameof(input.Decision), t["Review.DecisionRequired"]);
        var note = ProgramText.Blank(input.Note);
        if (note?.Length > 4000) errors.Add(nameof(input.Note), t["Common.TooLong", 4000]);
        var today = Today;
        var completedOn = input.CompletedOn ?? today;
        if (p.StartDate is { } start && completedOn < start) errors.Add(nameof(input.CompletedOn), t["Review.BeforeStart", ProgramText.Date(start)]);
        if (completedOn > today.AddDays(1)) errors.Add(nameof(input.CompletedOn), t["Review.CompletedInFuture"]);
        var updates = new List<(TaxonomyRef Node, int Level, string Evidence)>();
        var i = 0;
        foreach (var u in input.SkillUpdates ?? [])
        {
            var field = $"SkillUpdates[{i++}]";
            var code = (u.TaxonomyCode ?? "").Trim().ToUpperInvariant();
            if (code.Length == 0 && u.Level is null && string.IsNullOrWhiteSpace(u.Evidence)) continue;
            var node = await db.TaxonomyRefs.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
            if (node is null || node.Kind != TaxonomyKind.Skill) { errors.Add(field, t["Goal.SkillUnknown", code]); continue; }
            if (u.Level is not { } level || !Proficiency.IsValid(level)) { errors.Add(field, t["Goal.LevelRange", Proficiency.Min, Proficiency.Max]); continue; }
            var evidence = ProgramText.Blank(u.Evidence);
            if (evidence is null) { errors.Add(field, t["Review.EvidenceRequired", code]); continue; }
            updates.Add((node, level, evidence.Length > 1000 ? evidence[..1000] : evidence));
        }
        errors.ThrowIfAny(t["Review.Invalid"]);

        // Several saves (the new plan version needs its key): one transaction, all or nothing.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        r.Decision = input.Decision;
        r.DecisionNote = note;
        r.DecidedBy = db.CurrentUser.Name;
        r.CompletedOn = completedOn;
        foreach (var (node, level, evidence) in updates)
        {
            r.SkillUpdates.Add(new ReviewSkillUpdate { TaxonomyNodeId = node.Id, Level = level, Evidence = evidence });
            // People's record, through People's contract; saved with the review below (one transaction).
            await people.RecordSkillAsync(p.EmployeeId, node.Id, level, t["Review.SkillEvidence", r.Sequence, evidence], db.CurrentUser.Name, completedOn, ct: ct);
        }
        await RollPlanAsync(p, r, completedOn, t["Review.CloseReason", r.Sequence, t.Enum(input.Decision!.Value), note ?? ""].Value.TrimEnd(' ', ':', '：'), updates, ct);
        db.Reviews.Add(new Review { ParticipantId = p.Id, Sequence = r.Sequence + 1, DueDate = ReviewSchedule.DueDate(p.StartDate ?? completedOn, program.ReviewIntervalMonths, r.Sequence + 1) });
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task RollPlanAsync(Participant p, Review review, DateOnly on, string reason, List<(TaxonomyRef Node, int Level, string Evidence)> updates, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(x => x.ParticipantId == p.Id, ct);
        if (plan is null) return;
        var open = await db.PlanVersions.Include(v => v.Goals).Include(v => v.Activities).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.PlanId == plan.Id && v.ClosedOn == null, ct);
        if (open is null) return;
        open.ClosedOn = on;
        open.CloseReason = reason;
        open.ClosedByReviewId = review.Id;
        var nodeIds = open.Goals.Select(g => g.TaxonomyNodeId).ToList();
        var levels = await db.SkillRefs.AsNoTracking().Where(s => s.EmployeeId == p.EmployeeId && nodeIds.Contains(s.TaxonomyNodeId)).ToDictionaryAsync(s => s.TaxonomyNodeId, s => s.Level, ct);
        foreach (var (node, level, _) in updates) levels[node.Id] = level;
        var next = new PlanVersion { PlanId = plan.Id, Number = open.Number + 1, OpenedOn = on };
        foreach (var g in open.Goals)
            next.Goals.Add(new PlanGoal
            {
                Key = g.Key, TaxonomyNodeId = g.TaxonomyNodeId, CurrentLevel = Math.Max(g.CurrentLevel, levels.GetValueOrDefault(g.TaxonomyNodeId, g.CurrentLevel)),
                TargetLevel = g.TargetLevel, Outcome = g.Outcome, DueDate = g.DueDate, Proposed = g.Proposed,
            });
        foreach (var a in open.Activities.Where(a => a.Status is not (ActivityStatus.Done or ActivityStatus.Dropped)))
            next.Activities.Add(new PlanActivity { Key = a.Key, Kind = a.Kind, Title = a.Title, PlannedStart = a.PlannedStart, PlannedEnd = a.PlannedEnd, Status = a.Status, CourseId = a.CourseId, GoalKey = a.GoalKey, Proposed = a.Proposed });
        db.PlanVersions.Add(next);
        await db.SaveChangesAsync(ct);
        // Finished and dropped activities stay in the closed version: say so in the new one, so the comparison explains it.
        foreach (var a in open.Activities.Where(a => a.Status is ActivityStatus.Done or ActivityStatus.Dropped))
            db.PlanChanges.Add(new PlanChange
            {
                PlanVersionId = next.Id, ItemKey = a.Key, Kind = PlanChangeKind.Removed, Summary = t["Plan.ActivitySummary", t.Enum(a.Kind), a.Title],
                Reason = t["Plan.NotCarried", t.Enum(a.Status), review.Sequence], ChangedBy = db.CurrentUser.Name, ChangedAt = db.Clock.GetUtcNow(),
            });
        plan.LastChangedAt = db.Clock.GetUtcNow();
    }

    /// <summary>The employee ids to remind about a review: the participant, their line manager, their current mentors.</summary>
    public static async Task<List<int>> RecipientsAsync(TalentChainDbContext db, int participantId, DateOnly today, CancellationToken ct)
    {
        var p = await db.Participants.AsNoTracking().Where(x => x.Id == participantId).Select(x => new { x.EmployeeId, x.Employee!.ManagerId }).FirstAsync(ct);
        var mentors = await db.MentorAssignments.AsNoTracking().Where(m => m.ParticipantId == participantId && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => m.MentorEmployeeId).ToListAsync(ct);
        return [.. new[] { p.EmployeeId }.Concat(p.ManagerId is { } m ? [m] : []).Concat(mentors).Distinct()];
    }

}
