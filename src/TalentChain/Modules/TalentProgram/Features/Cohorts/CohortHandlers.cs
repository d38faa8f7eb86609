using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Cohorts;

public sealed record NominationInput(int? EmployeeId, string? Reason);

public enum SelectionStep
{
    Review = 1,
    Select = 2,
    Reject = 3,
    Withdraw = 4,
}

/// <summary>A step of nomination → review → selection. Select starts the participant (default: the cohort's start date, or today when the cohort has already begun).</summary>
public sealed record SelectionInput(SelectionStep? Step, string? Note, DateOnly? StartDate, long? Version = null);

public sealed record BoardRow(
    int ParticipantId, int EmployeeId, string Name, string EmployeeNumber, string Unit, ParticipantStatus Status, string StatusName,
    string? StageName, int? StageSequence, StageKind? StageKind, DateOnly? StagePlannedEnd, bool Stuck, int GateOpen,
    DateOnly? NextReviewDue, bool ReviewOverdue, DateOnly? StartDate, long Version, string? HostUnit = null);

public sealed record CohortBoard(int Id, string Name, int IntakeYear, DateOnly StartDate, int ProgramId, string ProgramName, List<BoardRow> Rows, List<(string Stage, int Count)> Distribution);

public sealed record CandidateView(int EmployeeId, string EmployeeNumber, string Name, string Unit, string Track, string Title, bool Eligible, List<string> Reasons, ParticipantStatus? InCohort);

public sealed class CohortHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels)
{
    private DateOnly Today => clock.Today();

    public async Task<CohortBoard> BoardAsync(int cohortId, IQueryable<Participant>? visible = null, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Program).FirstOrDefaultAsync(c => c.Id == cohortId, ct)
            ?? throw new NotFoundException(t["Cohort.NotFound", cohortId]);
        var today = Today;
        var query = (visible ?? db.Participants).AsNoTracking().Where(p => p.CohortId == cohortId);
        var rows = await query.Select(p => new
        {
            p.Id, p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName, p.Employee.EmployeeNumber,
            Unit = p.Employee.OrgUnit!.Name, UnitZh = p.Employee.OrgUnit.NameZh, p.Status, p.StartDate, p.Version,
            Stage = p.Stages.Where(s => s.EndedOn == null).Select(s => new
            {
                s.Id, s.Sequence, s.PlannedEnd, s.ProgramStage!.Kind, s.ProgramStage.Name, s.ProgramStage.NameZh,
                HostCode = s.HostOrgUnit == null ? null : s.HostOrgUnit.Code, // rotation planning: the host unit of a rotation stage
                Open = s.ProgramStage.Criteria.Count(c => !s.Evidence.Any(e => e.GateCriterionId == c.Id)),
            }).FirstOrDefault(),
            NextDue = db.Set<Review>().Where(r => r.ParticipantId == p.Id && r.CompletedOn == null).OrderBy(r => r.DueDate).Select(r => (DateOnly?)r.DueDate).FirstOrDefault(),
        }).ToListAsync(ct);
        var board = rows
            .Select(r => new BoardRow(r.Id, r.EmployeeId, ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName), r.EmployeeNumber, UiCulture.Pick(r.Unit, r.UnitZh),
                r.Status, t.Enum(r.Status), r.Stage is null ? null : UiCulture.Pick(r.Stage.Name, r.Stage.NameZh), r.Stage?.Sequence, r.Stage?.Kind, r.Stage?.PlannedEnd,
                r.Stage is not null && r.Stage.PlannedEnd < today, r.Stage?.Open ?? 0, r.NextDue, r.NextDue is { } d && d < today, r.StartDate, r.Version, r.Stage?.HostCode))
            .OrderBy(r => r.Status).ThenBy(r => r.StageSequence).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var distribution = board.Where(r => r.StageName is not null).GroupBy(r => (r.StageSequence, r.StageName))
            .OrderBy(g => g.Key.StageSequence).Select(g => (g.Key.StageName!, g.Count())).ToList();
        return new CohortBoard(cohort.Id, cohort.Name, cohort.IntakeYear, cohort.StartDate, cohort.ProgramId, cohort.Program!.DisplayName(UiCulture.IsChinese), board, distribution);
    }

    /// <summary>Employees matching the search, each with whether the program's rules admit them and, if not, why.</summary>
    public async Task<List<CandidateView>> CandidatesAsync(int cohortId, string? search, bool onlyEligible = false, int take = 50, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Program).FirstOrDefaultAsync(c => c.Id == cohortId, ct)
            ?? throw new NotFoundException(t["Cohort.NotFound", cohortId]);
        var q = db.EmployeeRefs.AsNoTracking().AsQueryable();
        var term = ProgramText.Blank(search)?.ToLowerInvariant();
        if (TextInput.HasControlCharacters(term)) return []; // matches no one (see SearchEmployees)
        if (term is not null) q = q.Where(e => e.SearchText.Contains(term));
        var rows = await q.OrderBy(e => e.FamilyName).ThenBy(e => e.GivenName).Take(onlyEligible ? 2000 : take)
            .Select(e => new
            {
                e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName, e.Track, e.Title, e.HireDate, e.BirthDate, e.Status,
                e.OrgUnit!.Segment, Unit = e.OrgUnit.Name, UnitZh = e.OrgUnit.NameZh,
                InCohort = db.Set<Participant>().Where(p => p.CohortId == cohortId && p.EmployeeId == e.Id).Select(p => (ParticipantStatus?)p.Status).FirstOrDefault(),
            }).ToListAsync(ct);
        var today = Today;
        var list = rows.Select(r =>
        {
            var reasons = Eligibility.Check(cohort.Program!, new EmployeeFacts(r.Track, r.Title, r.HireDate, r.BirthDate, r.Segment, r.Status), today);
            return new CandidateView(r.Id, r.EmployeeNumber, ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName), UiCulture.Pick(r.Unit, r.UnitZh),
                labels.Track(r.Track), labels.Title(r.Title), reasons.Count == 0, [.. reasons.Select(Reason)], r.InCohort);
        });
        if (onlyEligible) list = list.Where(c => c.Eligible && c.InCohort is null);
        return [.. list.Take(take)];
    }

    public string Reason(IneligibleReason r)
    {
        var args = r.Args.Select(a => a switch
        {
            CareerTrack track => labels.Track(track),
            ChainSegment segment => labels.Segment(segment),
            ProfessionalTitle title => labels.Title(title),
            _ => a ?? "",
        }).ToArray();
        return t[$"Eligibility.{r.Key}", args];
    }

    public async Task<BoardRow> NominateAsync(int cohortId, NominationInput input, string nominatedBy, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Program).FirstOrDefaultAsync(c => c.Id == cohortId, ct)
            ?? throw new NotFoundException(t["Cohort.NotFound", cohortId]);
        var errors = new FieldErrors();
        var reason = ProgramText.Blank(input.Reason);
        if (reason?.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        if (input.EmployeeId is not { } employeeId)
        {
            errors.Add(nameof(input.EmployeeId), t["Nomination.EmployeeRequired"]);
            errors.ThrowIfAny(t["Nomination.Invalid"]);
            return default!;
        }
        var e = await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == employeeId)
            .Select(x => new { x.Track, x.Title, x.HireDate, x.BirthDate, x.OrgUnit!.Segment, x.Status }).FirstOrDefaultAsync(ct);
        if (e is null) errors.Add(nameof(input.EmployeeId), t["Nomination.EmployeeUnknown", employeeId]);
        else
        {
            foreach (var r in Eligibility.Check(cohort.Program!, new EmployeeFacts(e.Track, e.Title, e.HireDate, e.BirthDate, e.Segment, e.Status), Today))
                errors.Add(nameof(input.EmployeeId), Reason(r));
            if (await db.Participants.AnyAsync(p => p.CohortId == cohortId && p.EmployeeId == employeeId, ct))
                errors.Add(nameof(input.EmployeeId), t["Nomination.AlreadyInCohort"]);
            else if (await db.Participants.AnyAsync(p => p.EmployeeId == employeeId && p.Status == ParticipantStatus.Selected && p.Cohort!.ProgramId == cohort.ProgramId, ct))
                errors.Add(nameof(input.EmployeeId), t["Nomination.ActiveElsewhere"]);
        }
        errors.ThrowIfAny(t["Nomination.Invalid"]);
        var participant = new Participant { CohortId = cohortId, EmployeeId = employeeId, NominationReason = reason, NominatedBy = nominatedBy, NominatedOn = Today };
        db.Participants.Add(participant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The unique (cohort, employee) index: the same person was nominated a moment ago.
            throw new DbUpdateConcurrencyException(t["Concurrency.Stale"], ex);
        }
        return (await BoardAsync(cohortId, ct: ct)).Rows.First(r => r.ParticipantId == participant.Id);
    }

    /// <summary>Moves a nomination along: under review, selected (the participant starts: first stage, plan version 1, first review), rejected, withdrawn.</summary>
    public async Task<BoardRow> DecideAsync(int participantId, SelectionInput input, string decidedBy, CancellationToken ct = default)
    {
        var p = await db.Participants.Include(x => x.Cohort).ThenInclude(c => c!.Program).ThenInclude(pr => pr!.Stages)
            .FirstOrDefaultAsync(x => x.Id == participantId, ct) ?? throw new NotFoundException(t["Participant.NotFound", participantId]);
        Concurrency.Check(db, p, input.Version, t);
        var errors = new FieldErrors();
        var note = ProgramText.Blank(input.Note);
        if (note?.Length > 1000) errors.Add(nameof(input.Note), t["Common.TooLong", 1000]);
        if (input.Step is not { } step)
        {
            errors.Add(nameof(input.Step), t["Selection.StepRequired"]);
            errors.ThrowIfAny(t["Selection.Invalid"]);
            return default!;
        }
        var allowed = step switch
        {
            SelectionStep.Review => p.Status == ParticipantStatus.Nominated,
            SelectionStep.Select => p.Status is ParticipantStatus.Nominated or ParticipantStatus.UnderReview,
            SelectionStep.Reject => p.Status is ParticipantStatus.Nominated or ParticipantStatus.UnderReview,
            SelectionStep.Withdraw => p.Status is ParticipantStatus.Selected,
            _ => false,
        };
        if (!allowed) errors.Add(nameof(input.Step), t["Selection.NotFrom", t.Enum(step), t.Enum(p.Status)]);
        if (step == SelectionStep.Reject && note is null) errors.Add(nameof(input.Note), t["Selection.RejectNeedsNote"]);
        // By default a participant starts with the cohort — or today, when selected after the cohort began.
        var start = input.StartDate ?? (p.Cohort!.StartDate > Today ? p.Cohort.StartDate : Today);
        if (step == SelectionStep.Select)
        {
            if (start < p.Cohort!.StartDate) errors.Add(nameof(input.StartDate), t["Selection.StartBeforeCohort", ProgramText.Date(p.Cohort.StartDate)]);
            if (p.Cohort.Program!.Stages.Count == 0) errors.Add(nameof(input.Step), t["Selection.NoStages"]);
        }
        errors.ThrowIfAny(t["Selection.Invalid"]);

        p.DecisionNote = note ?? p.DecisionNote;
        p.DecidedBy = decidedBy;
        switch (step)
        {
            case SelectionStep.Review: p.Status = ParticipantStatus.UnderReview; break;
            case SelectionStep.Reject: p.Status = ParticipantStatus.Rejected; break;
            case SelectionStep.Withdraw:
                p.Status = ParticipantStatus.Withdrawn;
                foreach (var open in await db.ParticipantStages.Where(s => s.ParticipantId == p.Id && s.EndedOn == null).ToListAsync(ct))
                {
                    open.EndedOn = Today;
                    open.EndedBy = decidedBy;
                }
                break;
            case SelectionStep.Select:
                p.Status = ParticipantStatus.Selected;
                p.StartDate = start;
                Start(p, p.Cohort!.Program!, start);
                break;
        }
        await db.SaveChangesAsync(ct);
        return (await BoardAsync(p.CohortId, ct: ct)).Rows.First(r => r.ParticipantId == p.Id);
    }

    /// <summary>A selected participant enters the first stage, gets plan version 1 and the first review.</summary>
    internal void Start(Participant p, DevelopmentProgram program, DateOnly start)
    {
        var first = StageEngine.Next(program.Stages, null)!;
        p.Stages.Add(new ParticipantStage { ProgramStageId = first.Id, Sequence = 1, StartedOn = start, PlannedEnd = StageEngine.PlannedEnd(start, first) });
        var plan = new DevelopmentPlan { Participant = p, LastChangedAt = clock.GetUtcNow() };
        plan.Versions.Add(new PlanVersion { Number = 1, OpenedOn = start });
        db.DevelopmentPlans.Add(plan);
        db.Reviews.Add(new Review { Participant = p, Sequence = 1, DueDate = ReviewSchedule.DueDate(start, program.ReviewIntervalMonths, 1) });
    }
}
