using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Participants;

public sealed record EvidenceInput(int? CriterionId, string? Note, int? Score, SignOffRole? SignedAs);

/// <summary>Leave the current stage. Override: a program manager advances past an unmet gate, giving the reason.</summary>
public sealed record AdvanceInput(bool Override = false, string? Reason = null, long? Version = null);

public sealed record MentorInput(int? MentorEmployeeId, MentorRole? Role, DateOnly? From, DateOnly? To);

public sealed record EvidenceView(int Id, string? Note, int? Score, SignOffRole? SignedAs, string RecordedBy, DateOnly RecordedOn);

public sealed record GateCriterionState(int Id, string Text, EvidenceKind Kind, string KindName, SignOffRole? SignOffRole, string? SignOffRoleName, int? MinScore, bool Met, List<EvidenceView> Evidence);

public sealed record CurrentStageView(int Id, int Sequence, string Name, StageKind Kind, string KindName, DateOnly StartedOn, DateOnly PlannedEnd, bool Stuck, bool GateMet, List<GateCriterionState> Criteria, string? NextStageName, string? HostUnit = null);

public sealed record StageHistoryRow(int Sequence, string Name, StageKind Kind, DateOnly StartedOn, DateOnly PlannedEnd, DateOnly? EndedOn, string? OverrideReason, string? EndedBy, string? HostUnit = null);

public sealed record MentorView(int Id, int MentorEmployeeId, string Name, MentorRole Role, string RoleName, DateOnly From, DateOnly? To, bool Current, long Version);

public sealed record ReviewSummary(int Id, int Sequence, DateOnly DueDate, DateOnly? CompletedOn, bool Overdue, string? DecisionName);

public sealed record ParticipantDetail(
    int Id, int EmployeeId, string Name, string EmployeeNumber, string Unit, int? ManagerEmployeeId, string? ManagerName,
    int CohortId, string CohortName, int ProgramId, string ProgramName, ParticipantStatus Status, string StatusName,
    string? NominationReason, string? DecisionNote, DateOnly? StartDate, long Version,
    CurrentStageView? CurrentStage, List<StageHistoryRow> History, List<MentorView> Mentors, List<ReviewSummary> Reviews, int? PlanId);

public sealed class ParticipantHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, IEnumerable<IStagePublishedRotations> publishedRotations)
{
    private DateOnly Today => clock.Today();

    public async Task<ParticipantDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Participants.AsNoTracking()
            .Include(x => x.Employee).ThenInclude(e => e!.OrgUnit)
            .Include(x => x.Employee).ThenInclude(e => e!.Manager)
            .Include(x => x.Cohort).ThenInclude(c => c!.Program).ThenInclude(pr => pr!.Stages).ThenInclude(s => s.Criteria)
            .Include(x => x.Stages).ThenInclude(s => s.Evidence)
            .Include(x => x.Stages).ThenInclude(s => s.HostOrgUnit)
            .Include(x => x.Mentors).ThenInclude(m => m.Mentor)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Participant.NotFound", id]);
        var today = Today;
        var chinese = UiCulture.IsChinese;
        var program = p.Cohort!.Program!;
        var stagesById = program.Stages.ToDictionary(s => s.Id);
        var history = p.Stages.OrderBy(s => s.Sequence)
            .Select(s => new StageHistoryRow(s.Sequence, stagesById[s.ProgramStageId].DisplayName(chinese), stagesById[s.ProgramStageId].Kind, s.StartedOn, s.PlannedEnd, s.EndedOn, s.OverrideReason, s.EndedBy, HostUnit(s)))
            .ToList();
        CurrentStageView? current = null;
        if (p.Stages.FirstOrDefault(s => s.EndedOn is null) is { } open)
        {
            var stage = stagesById[open.ProgramStageId];
            var states = StageEngine.Evaluate(stage.Criteria.OrderBy(c => c.Id), open.Evidence);
            var next = StageEngine.Next(program.Stages, stage);
            current = new CurrentStageView(open.Id, open.Sequence, stage.DisplayName(chinese), stage.Kind, t.Enum(stage.Kind), open.StartedOn, open.PlannedEnd,
                StageEngine.IsStuck(open, today), states.All(s => s.Met),
                [.. states.Select(s => new GateCriterionState(s.Criterion.Id, s.Criterion.DisplayText(chinese), s.Criterion.Kind, t.Enum(s.Criterion.Kind),
                    s.Criterion.SignOffRole, s.Criterion.SignOffRole is { } r ? t.Enum(r) : null, s.Criterion.MinScore, s.Met,
                    [.. open.Evidence.Where(e => e.GateCriterionId == s.Criterion.Id).OrderBy(e => e.Id)
                        .Select(e => new EvidenceView(e.Id, e.Note, e.Score, e.SignedAs, e.RecordedBy, e.RecordedOn))]))],
                next?.DisplayName(chinese), HostUnit(open));
        }
        var mentors = p.Mentors.OrderBy(m => m.Role).ThenByDescending(m => m.From)
            .Select(m => new MentorView(m.Id, m.MentorEmployeeId, ProgramText.Person(m.Mentor!.GivenName, m.Mentor.FamilyName, m.Mentor.ChineseName), m.Role, t.Enum(m.Role), m.From, m.To, m.IsCurrent(today), m.Version))
            .ToList();
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.ParticipantId == id).OrderBy(r => r.Sequence).ToListAsync(ct))
            .Select(r => new ReviewSummary(r.Id, r.Sequence, r.DueDate, r.CompletedOn, r.IsOverdue(today), r.Decision is { } d ? t.Enum(d) : null)).ToList();
        var planId = await db.DevelopmentPlans.Where(x => x.ParticipantId == id).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
        var e = p.Employee!;
        return new ParticipantDetail(p.Id, p.EmployeeId, ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName), e.EmployeeNumber,
            UiCulture.Pick(e.OrgUnit!.Name, e.OrgUnit.NameZh), e.ManagerId, e.Manager is { } m2 ? ProgramText.Person(m2.GivenName, m2.FamilyName, m2.ChineseName) : null,
            p.CohortId, p.Cohort.Name, program.Id, program.DisplayName(chinese), p.Status, t.Enum(p.Status), p.NominationReason, p.DecisionNote, p.StartDate, p.Version,
            current, history, mentors, reviews, planId);
    }

    /// <summary>Rotation planning: "CODE · name" of a rotation stage's host unit.</summary>
    private static string? HostUnit(ParticipantStage s) => s.HostOrgUnit is { } u ? $"{u.Code} · {u.DisplayName(UiCulture.IsChinese)}" : null;

    /// <summary>
    /// Records evidence towards a criterion of the current stage. Sign-offs are given in a capacity the caller
    /// really holds (the participant's line manager, a current mentor, a program manager).
    /// </summary>
    public async Task RecordEvidenceAsync(int participantId, EvidenceInput input, ParticipantRelation caller, string recordedBy, CancellationToken ct = default)
    {
        var open = await db.ParticipantStages.Include(s => s.ProgramStage).ThenInclude(s => s!.Criteria)
            .FirstOrDefaultAsync(s => s.ParticipantId == participantId && s.EndedOn == null, ct)
            ?? throw ValidationFailedException.For(t["Evidence.Invalid"], "criterionId", t["Evidence.NoOpenStage"]);
        var errors = new FieldErrors();
        var criterion = open.ProgramStage!.Criteria.FirstOrDefault(c => c.Id == input.CriterionId);
        var note = ProgramText.Blank(input.Note);
        if (note?.Length > 1000) errors.Add(nameof(input.Note), t["Common.TooLong", 1000]);
        if (criterion is null) errors.Add(nameof(input.CriterionId), t["Evidence.CriterionNotInStage"]);
        else
        {
            switch (criterion.Kind)
            {
                case EvidenceKind.Document:
                    if (note is null) errors.Add(nameof(input.Note), t["Evidence.DocumentRequired"]);
                    break;
                case EvidenceKind.Assessment:
                    if (input.Score is not (>= 0 and <= 100)) errors.Add(nameof(input.Score), t["Evidence.ScoreRange"]);
                    if (caller.Self && !caller.Manager && !caller.LineManager && !caller.Mentor) errors.Add(nameof(input.Score), t["Evidence.NoSelfAssessment"]);
                    break;
                case EvidenceKind.SignOff:
                    var role = criterion.SignOffRole;
                    var holds = role switch
                    {
                        SignOffRole.LineManager => caller.LineManager,
                        SignOffRole.Mentor => caller.Mentor,
                        SignOffRole.ProgramManager => caller.Manager,
                        _ => false,
                    };
                    if (!holds) errors.Add(nameof(input.SignedAs), t["Evidence.NotSigner", role is { } r ? t.Enum(r) : ""]);
                    break;
            }
        }
        errors.ThrowIfAny(t["Evidence.Invalid"]);
        db.GateEvidence.Add(new GateEvidence
        {
            ParticipantStageId = open.Id, GateCriterionId = criterion!.Id, Note = note,
            Score = criterion.Kind == EvidenceKind.Assessment ? input.Score : null,
            SignedAs = criterion.Kind == EvidenceKind.SignOff ? criterion.SignOffRole : null,
            RecordedBy = recordedBy, RecordedOn = Today,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves the participant to the next stage when the gate is met (or a program manager overrides with a reason).</summary>
    public async Task<ParticipantDetail> AdvanceAsync(int participantId, AdvanceInput input, bool isProgramManager, string by, CancellationToken ct = default)
    {
        var p = await db.Participants.Include(x => x.Cohort).ThenInclude(c => c!.Program).ThenInclude(pr => pr!.Stages).ThenInclude(s => s.Criteria)
            .Include(x => x.Stages).ThenInclude(s => s.Evidence).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == participantId, ct) ?? throw new NotFoundException(t["Participant.NotFound", participantId]);
        Concurrency.Check(db, p, input.Version, t);
        var open = p.Stages.FirstOrDefault(s => s.EndedOn is null);
        var program = p.Cohort!.Program!;
        var stage = open is null ? null : program.Stages.First(s => s.Id == open.ProgramStageId);
        var gateMet = stage is not null && StageEngine.GateMet(stage.Criteria, open!.Evidence);
        var refusal = StageEngine.CanAdvance(p.IsActive && open is not null, gateMet, input.Override, isProgramManager, input.Reason);
        switch (refusal)
        {
            case StageEngine.AdvanceRefusal.NotActive:
                throw ValidationFailedException.For(t["Advance.Refused"], "participantId", t["Advance.NotActive", t.Enum(p.Status)]);
            case StageEngine.AdvanceRefusal.GateNotMet:
                var missing = StageEngine.Evaluate(stage!.Criteria, open!.Evidence).Where(c => !c.Met).Select(c => c.Criterion.DisplayText(UiCulture.IsChinese));
                throw ValidationFailedException.For(t["Advance.Refused"], "gate", t["Advance.GateNotMet", string.Join("; ", missing)]);
            case StageEngine.AdvanceRefusal.OverrideNeedsManager:
                throw ValidationFailedException.For(t["Advance.Refused"], "override", t["Advance.OverrideManagerOnly"]);
            case StageEngine.AdvanceRefusal.OverrideNeedsReason:
                throw ValidationFailedException.For(t["Advance.Refused"], "reason", t["Advance.OverrideReasonRequired"]);
        }
        var today = Today;
        var endedOn = today < open!.StartedOn ? open.StartedOn : today;
        open.EndedOn = endedOn;
        open.EndedBy = by;
        if (!gateMet) open.OverrideReason = ProgramText.Blank(input.Reason);
        var next = StageEngine.Next(program.Stages, stage);
        if (next is null) p.Status = ParticipantStatus.Completed;
        else
        {
            var entered = new ParticipantStage { ParticipantId = p.Id, ProgramStageId = next.Id, Sequence = open.Sequence + 1, StartedOn = endedOn, PlannedEnd = StageEngine.PlannedEnd(endedOn, next) };
            // Rotation planning: a rotation stage takes its host unit and planned end from the published rotation plan.
            await StageSchedule.ApplyPublishedAsync(publishedRotations, entered, program.Stages, ct);
            p.Stages.Add(entered);
        }
        // The participant row carries the concurrency version for stage moves: two advances at once → one 409.
        db.Entry(p).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return await GetAsync(participantId, ct);
    }

    public async Task<MentorView> AssignMentorAsync(int participantId, MentorInput input, CancellationToken ct = default)
    {
        var p = await db.Participants.AsNoTracking().FirstOrDefaultAsync(x => x.Id == participantId, ct) ?? throw new NotFoundException(t["Participant.NotFound", participantId]);
        var errors = new FieldErrors();
        if (input.MentorEmployeeId is not { } mentorId) errors.Add(nameof(input.MentorEmployeeId), t["Mentor.EmployeeRequired"]);
        else if (mentorId == p.EmployeeId) errors.Add(nameof(input.MentorEmployeeId), t["Mentor.NotSelf"]);
        else if (await db.EmployeeRefs.AsNoTracking().Where(e => e.Id == mentorId).Select(e => (EmployeeStatus?)e.Status).FirstOrDefaultAsync(ct) is not { } status)
            errors.Add(nameof(input.MentorEmployeeId), t["Nomination.EmployeeUnknown", mentorId]);
        else if (status != EmployeeStatus.Active) errors.Add(nameof(input.MentorEmployeeId), t["Mentor.Departed"]);
        if (input.Role is null) errors.Add(nameof(input.Role), t["Mentor.RoleRequired"]);
        var from = input.From ?? Today;
        if (input.To is { } to && to < from) errors.Add(nameof(input.To), t["Mentor.ToBeforeFrom"]);
        if (input.Role is { } role && await db.MentorAssignments.AnyAsync(m => m.ParticipantId == participantId && m.Role == role
                && (m.To == null || m.To >= from) && (input.To == null || m.From <= input.To), ct))
            errors.Add(nameof(input.Role), t["Mentor.Overlap", t.Enum(role)]);
        errors.ThrowIfAny(t["Mentor.Invalid"]);
        var a = new MentorAssignment { ParticipantId = participantId, MentorEmployeeId = input.MentorEmployeeId!.Value, Role = input.Role!.Value, From = from, To = input.To };
        db.MentorAssignments.Add(a);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participantId, ct)).Mentors.First(m => m.Id == a.Id);
    }

    /// <summary>Ends a mentor assignment (default today).</summary>
    public async Task EndMentorAsync(int participantId, int assignmentId, DateOnly? to, long? version, CancellationToken ct = default)
    {
        var a = await db.MentorAssignments.FirstOrDefaultAsync(m => m.Id == assignmentId && m.ParticipantId == participantId, ct)
            ?? throw new NotFoundException(t["Mentor.NotFound", assignmentId]);
        Concurrency.Check(db, a, version, t);
        var end = to ?? Today;
        if (end < a.From) throw ValidationFailedException.For(t["Mentor.Invalid"], "to", t["Mentor.ToBeforeFrom"]);
        a.To = end;
        await db.SaveChangesAsync(ct);
    }
}
