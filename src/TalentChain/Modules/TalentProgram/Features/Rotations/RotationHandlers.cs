using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Rotations;

/// <summary>
/// Rotation planning of a cohort: settings, host-unit offers, start periods and preferences, solving as a background job,
/// review by hand, publishing into the stage engine, and the interchange files. Pages and endpoints call these methods.
/// </summary>
public sealed class RotationHandlers(
    TalentChainDbContext db,
    TimeProvider clock,
    JobRunner jobs,
    INotifier notifier,
    IStringLocalizer<RotationsResource> t,
    IStringLocalizer<TalentProgramResource> programText,
    IStringLocalizer<PeopleResource> people)
{
    public const string JobKind = "rotations.solve";

    public static string Subject(int planId) => string.Create(CultureInfo.InvariantCulture, $"rotation-plan:{planId}");

    // ---------------------------------------------------------------- reading

    public async Task<List<RotationPlanSummary>> ListAsync(IReadOnlyCollection<int>? programs, CancellationToken ct = default)
    {
        var q = db.RotationPlans.AsNoTracking();
        if (programs is not null) q = q.Where(p => programs.Contains(p.Cohort!.ProgramId));
        var rows = await q.OrderByDescending(p => p.Cohort!.StartDate)
            .Select(p => new
            {
                p.Id, p.CohortId, Cohort = p.Cohort!.Name, p.Cohort.ProgramId, Program = p.Cohort.Program!.Name, ProgramZh = p.Cohort.Program.NameZh,
                p.Status, Members = p.Members.Count, Offers = p.Offers.Count, p.ProposedAt, p.PublishedAt,
            }).ToListAsync(ct);
        return [.. rows.Select(r => new RotationPlanSummary(r.Id, r.CohortId, r.Cohort, r.ProgramId, UiCulture.Pick(r.Program, r.ProgramZh), r.Status, StatusName(r.Status),
            r.Members, r.Offers, r.ProposedAt, r.PublishedAt))];
    }

    /// <summary>Plans the participant (by employee) belongs to, newest first: (plan id, participant id).</summary>
    public async Task<List<(int PlanId, int ParticipantId, string Cohort)>> MembershipsAsync(int employeeId, CancellationToken ct = default)
    {
        var rows = await db.RotationMembers.AsNoTracking().Where(m => m.Participant!.EmployeeId == employeeId)
            .OrderByDescending(m => m.PlanId)
            .Select(m => new { m.PlanId, m.ParticipantId, m.Participant!.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.PlanId, r.ParticipantId, r.Name))];
    }

    /// <summary>Plans of the employee's direct reports (their line manager may read each member view): (plan id, participant id, name, cohort).</summary>
    public async Task<List<(int PlanId, int ParticipantId, string Name, string Cohort)>> TeamMembershipsAsync(int managerEmployeeId, CancellationToken ct = default)
    {
        var rows = await db.RotationMembers.AsNoTracking().Where(m => m.Participant!.Employee!.ManagerId == managerEmployeeId)
            .OrderByDescending(m => m.PlanId).ThenBy(m => m.Participant!.Employee!.FamilyName).ThenBy(m => m.Participant!.Employee!.GivenName)
            .Select(m => new { m.PlanId, m.ParticipantId, m.Participant!.Employee!.GivenName, m.Participant.Employee.FamilyName, m.Participant.Employee.ChineseName, m.Participant.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.PlanId, r.ParticipantId, ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName), r.Name))];
    }

    public async Task<int?> CohortOfPlanAsync(int planId, CancellationToken ct = default) =>
        await db.RotationPlans.Where(p => p.Id == planId).Select(p => (int?)p.CohortId).FirstOrDefaultAsync(ct);

    public async Task<RotationPlanDetail> GetAsync(int planId, CancellationToken ct = default)
    {
        var plan = await LoadAsync(planId, tracking: false, ct);
        var template = plan.Cohort!.Program!.Stages.OrderBy(s => s.Order).ToList();
        var periods = Enumerable.Range(1, plan.Periods).Select(n => new PeriodView(n, plan.PeriodStart(n), plan.PeriodEnd(n))).ToList();
        var units = await UnitsAsync(plan, ct);
        var used = plan.ProposalItems.GroupBy(i => (i.OrgUnitId, i.Period)).ToDictionary(g => g.Key, g => g.Count());
        var offers = plan.Offers.OrderBy(o => o.OrgUnit!.Segment).ThenBy(o => o.OrgUnit!.Code, StringComparer.Ordinal)
            .Select(o => new OfferView(o.OrgUnitId, o.OrgUnit!.Code, o.OrgUnit.DisplayName(UiCulture.IsChinese), o.OrgUnit.Segment, SegmentName(o.OrgUnit.Segment),
                [.. o.Places], [.. Enumerable.Range(1, plan.Periods).Select(n => used.GetValueOrDefault((o.OrgUnitId, n)))]))
            .ToList();
        var members = plan.Members.OrderBy(m => m.Participant!.Employee!.FamilyName).ThenBy(m => m.Participant!.Employee!.GivenName)
            .Select(m =>
            {
                var e = m.Participant!.Employee!;
                return new MemberView(m.ParticipantId, e.Id, ProgramText.Person(e.GivenName, e.FamilyName, e.ChineseName), e.EmployeeNumber, e.OrgUnit!.Code,
                    e.OrgUnit.DisplayName(UiCulture.IsChinese), m.StartPeriod, DefaultStartPeriod(plan, m.Participant, template),
                    m.Preferences.Where(p => units.ContainsKey(p.OrgUnitId)).ToDictionary(p => units[p.OrgUnitId].Code, p => p.Score, StringComparer.Ordinal));
            }).ToList();
        ProposalView? proposal = null;
        if (plan.HasProposal)
        {
            var schedule = Schedule(plan, plan.ProposalItems.Select(i => (i.ParticipantId, i.Sequence, i.Period, i.OrgUnitId)), units);
            var unplaced = plan.Unplaced.Select(u => (u, m: plan.Members.FirstOrDefault(m => m.ParticipantId == u.ParticipantId)))
                .Where(x => x.m is not null)
                .Select(x => new UnplacedView(x.u.ParticipantId, Person(x.m!), x.m!.Participant!.Employee!.EmployeeNumber, x.u.Code, ReasonText(x.u.Code), x.u.Reason))
                .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
            var value = new Objective(plan.ProposalPlaced ?? 0, plan.ProposalScore ?? 0);
            // No bound (null) once offers, start periods, preferences or members changed after it was computed: it may no longer hold.
            Objective? bound = plan.BoundPlaced is { } bc && plan.BoundScore is { } bs ? new Objective(bc, bs) : null;
            proposal = new ProposalView(plan.ProposedAt!.Value, plan.ProposalSource ?? RotationProposalSource.Solver, SourceName(plan.ProposalSource ?? RotationProposalSource.Solver),
                value.Count > int.MaxValue ? int.MaxValue : (int)value.Count, plan.Members.Count, value.Score, bound?.Count, bound?.Score, bound is { } b ? Objective.Gap(value, b) : null,
                plan.ProposalOptimal, plan.ProposalEdited, schedule, unplaced);
        }
        var published = Schedule(plan, plan.Placements.Select(p => (p.ParticipantId, p.Sequence, plan.PeriodOf(p.PlannedStart), p.OrgUnitId)), units);
        return new RotationPlanDetail(plan.Id, plan.CohortId, plan.Cohort.Name, plan.Cohort.ProgramId, plan.Cohort.Program.DisplayName(UiCulture.IsChinese), plan.Status, StatusName(plan.Status),
            plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments, plan.Version,
            periods, offers, members, proposal, published, plan.PublishedAt, plan.PublishedBy);
    }

    /// <summary>One participant's preferences (every offered unit, scored or not) and published rotations.</summary>
    public async Task<MyRotationsView> MemberAsync(int planId, int participantId, bool canEdit, CancellationToken ct = default)
    {
        var plan = await LoadAsync(planId, tracking: false, ct);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var units = await UnitsAsync(plan, ct);
        var home = m.Participant!.Employee!.OrgUnitId;
        var scores = m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score);
        var prefs = plan.Offers.Select(o => o.OrgUnit!).OrderBy(u => u.Segment).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new PreferenceRow(u.Code, u.DisplayName(UiCulture.IsChinese), SegmentName(u.Segment), scores.GetValueOrDefault(u.Id), u.Id == home)).ToList();
        var published = Schedule(plan, plan.Placements.Where(p => p.ParticipantId == participantId).Select(p => (p.ParticipantId, p.Sequence, plan.PeriodOf(p.PlannedStart), p.OrgUnitId)), units)
            .SelectMany(r => r.Rotations).ToList();
        var start = m.StartPeriod >= 1 && m.StartPeriod <= plan.Periods ? new PeriodView(m.StartPeriod, plan.PeriodStart(m.StartPeriod), plan.PeriodEnd(m.StartPeriod)) : null;
        return new MyRotationsView(plan.Id, participantId, Person(m), plan.Cohort!.Name, m.StartPeriod, start, prefs, published, canEdit,
            plan.Status == RotationPlanStatus.Published ? plan.PublishedAt : null);
    }

    // ---------------------------------------------------------------- setting up

    public async Task<RotationPlanDetail> CreateAsync(CreatePlanInput input, CancellationToken ct = default)
    {
        var cohort = input.CohortId is { } cid ? await db.Cohorts.Include(c => c.Program!).ThenInclude(p => p.Stages).FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (cohort is null) throw ValidationFailedException.For(t["Plan.Invalid"], "cohortId", t["Plan.CohortUnknown", input.CohortId ?? 0]);
        if (await db.RotationPlans.AnyAsync(p => p.CohortId == cohort.Id, ct))
            throw ValidationFailedException.For(t["Plan.Invalid"], "cohortId", t["Plan.Exists", cohort.Name]);
        var template = cohort.Program!.Stages.OrderBy(s => s.Order).ToList();
        var rotations = template.Count(s => s.Kind == StageKind.Rotation);
        var plan = new CohortRotationPlan
        {
            CohortId = cohort.Id,
            FirstPeriodStart = input.FirstPeriodStart ?? FirstOfMonth(cohort.StartDate.AddMonths(template.TakeWhile(s => s.Kind != StageKind.Rotation).Sum(s => s.DurationMonths))),
            PeriodMonths = input.PeriodMonths ?? CohortRotationPlan.DefaultPeriodMonths,
            Periods = input.Periods ?? CohortRotationPlan.DefaultPeriods,
            RotationsPerParticipant = input.RotationsPerParticipant ?? (rotations > 0 ? rotations : 5),
            MinSegments = input.MinSegments ?? CohortRotationPlan.DefaultMinSegments,
        };
        ValidateSettings(plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments);
        db.RotationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        await SyncMembersAsync(plan.Id, ct);
        return await GetAsync(plan.Id, ct);
    }

    public async Task<RotationPlanDetail> UpdateSettingsAsync(int planId, PlanSettingsInput input, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Offers).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        Concurrency.Check(db, plan, input.Version, programText);
        var first = input.FirstPeriodStart ?? plan.FirstPeriodStart;
        var months = input.PeriodMonths ?? plan.PeriodMonths;
        var periods = input.Periods ?? plan.Periods;
        var rotations = input.RotationsPerParticipant ?? plan.RotationsPerParticipant;
        var minSegments = input.MinSegments ?? plan.MinSegments;
        ValidateSettings(first, months, periods, rotations, minSegments);
        var changed = first != plan.FirstPeriodStart || months != plan.PeriodMonths || periods != plan.Periods || rotations != plan.RotationsPerParticipant || minSegments != plan.MinSegments;
        plan.FirstPeriodStart = first;
        plan.PeriodMonths = months;
        plan.Periods = periods;
        plan.RotationsPerParticipant = rotations;
        plan.MinSegments = minSegments;
        foreach (var o in plan.Offers)
            o.Places = [.. Enumerable.Range(0, periods).Select(i => i < o.Places.Count ? o.Places[i] : (o.Places.Count > 0 ? o.Places[^1] : 0))];
        foreach (var m in plan.Members) m.StartPeriod = Math.Clamp(m.StartPeriod, 1, periods);
        if (changed) await ClearProposalAsync(plan, ct);
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    public async Task<OfferView> SetOfferAsync(int planId, OfferInput input, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Offers).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var errors = new FieldErrors();
        var code = ProgramText.Blank(input.OrgUnitCode);
        var unit = code is null ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null) errors.Add("orgUnitCode", code is null ? t["Offer.UnitRequired"] : t["Offer.UnitUnknown", code]);
        List<int> places;
        if (input.SameForAll is { } same)
        {
            if (same < 0 || same > MaxPlaces) errors.Add("sameForAll", t["Offer.PlacesRange", MaxPlaces]);
            places = [.. Enumerable.Repeat(same, plan.Periods)];
        }
        else
        {
            places = input.Places ?? [];
            if (places.Count != plan.Periods) errors.Add("places", t["Offer.PlacesCount", places.Count, plan.Periods]);
            for (var i = 0; i < places.Count; i++)
                if (places[i] < 0 || places[i] > MaxPlaces) errors.Add($"places[{i}]", t["Offer.PlacesPeriod", i + 1, MaxPlaces]);
        }
        errors.ThrowIfAny(t["Offer.Invalid"]);
        var offer = plan.Offers.FirstOrDefault(o => o.OrgUnitId == unit!.Id);
        var old = offer?.Places ?? [];
        if (places.Where((v, i) => i >= old.Count || v > old[i]).Any()) BoundNoLongerHolds(plan);
        if (offer is null) plan.Offers.Add(offer = new RotationOffer { OrgUnitId = unit!.Id });
        offer.Places = places;
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(planId, ct)).Offers.First(o => o.OrgUnitId == unit!.Id);
    }

    public async Task RemoveOfferAsync(int planId, string orgUnitCode, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Offers).ThenInclude(o => o.OrgUnit).Include(p => p.ProposalItems)
            .FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var offer = plan.Offers.FirstOrDefault(o => o.OrgUnit!.Code == orgUnitCode) ?? throw new NotFoundException(t["Offer.NotFound", orgUnitCode]);
        if (plan.ProposalItems.Any(i => i.OrgUnitId == offer.OrgUnitId))
            throw ValidationFailedException.For(t["Offer.Invalid"], "orgUnitCode", t["Offer.InProposal", orgUnitCode]);
        plan.Offers.Remove(offer);
        Touch(plan);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetStartPeriodAsync(int planId, int participantId, StartPeriodInput input, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        if (input.StartPeriod is not { } s || s < 1 || s > plan.Periods)
            throw ValidationFailedException.For(t["Member.Invalid"], "startPeriod", t["Member.StartPeriodRange", plan.Periods]);
        if (m.StartPeriod != s) BoundNoLongerHolds(plan);
        m.StartPeriod = s;
        Touch(plan);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the participant's preferences (units by code; only offered units, never the home unit; 0–100).</summary>
    public async Task<MyRotationsView> SetPreferencesAsync(int planId, int participantId, PreferencesInput input, bool canEdit, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Offers).ThenInclude(o => o.OrgUnit)
            .Include(p => p.Members).ThenInclude(m => m.Preferences)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee)
            .Include(p => p.ProposalItems)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var errors = new FieldErrors();
        var wanted = new Dictionary<int, int>();
        foreach (var (code, score) in input.Scores ?? [])
        {
            var offer = plan.Offers.FirstOrDefault(o => string.Equals(o.OrgUnit!.Code, code, StringComparison.Ordinal));
            if (offer is null) { errors.Add($"scores.{code}", t["Preference.NotOffered", code]); continue; }
            if (offer.OrgUnitId == m.Participant!.Employee!.OrgUnitId && score != 0) { errors.Add($"scores.{code}", t["Preference.HomeUnit", code]); continue; }
            if (score < 0 || score > RotationPreference.MaxScore) { errors.Add($"scores.{code}", t["Preference.Range", code, RotationPreference.MaxScore]); continue; }
            if (score > 0) wanted[offer.OrgUnitId] = score;
        }
        errors.ThrowIfAny(t["Preference.Invalid"]);
        m.Preferences.RemoveAll(p => !wanted.ContainsKey(p.OrgUnitId));
        foreach (var (unitId, score) in wanted)
        {
            var existing = m.Preferences.FirstOrDefault(p => p.OrgUnitId == unitId);
            if (existing is null) m.Preferences.Add(new RotationPreference { OrgUnitId = unitId, Score = score });
            else existing.Score = score;
        }
        if (plan.HasProposal)
        {
            BoundNoLongerHolds(plan);
            RecountProposal(plan);
        }
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return await MemberAsync(planId, participantId, canEdit, ct);
    }

    /// <summary>Adds the cohort's active participants who are not yet in the plan (with their default start period).</summary>
    public async Task<int> SyncMembersAsync(int planId, CancellationToken ct = default)
    {
        var plan = await db.RotationPlans.Include(p => p.Members)
            .Include(p => p.Cohort!).ThenInclude(c => c.Program!).ThenInclude(p => p.Stages)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        var have = plan.Members.Select(m => m.ParticipantId).ToHashSet();
        var template = plan.Cohort!.Program!.Stages.OrderBy(s => s.Order).ToList();
        var fresh = await db.Participants.AsNoTracking().Include(p => p.Stages)
            .Where(p => p.CohortId == plan.CohortId && p.Status == ParticipantStatus.Selected && !have.Contains(p.Id)).ToListAsync(ct);
        foreach (var p in fresh) plan.Members.Add(new RotationMember { ParticipantId = p.Id, StartPeriod = DefaultStartPeriod(plan, p, template) });
        if (fresh.Count > 0)
        {
            BoundNoLongerHolds(plan);
            Touch(plan);
            await db.SaveChangesAsync(ct);
        }
        return fresh.Count;
    }

    // ---------------------------------------------------------------- solving

    /// <summary>
    /// Queues a solve of the plan as it is now (never on the request thread). Only a run that succeeds replaces the
    /// proposal, in one transaction; a failed or cancelled run changes nothing.
    /// </summary>
    public async Task<SolveStarted> StartSolveAsync(int planId, CancellationToken ct = default)
    {
        await SyncMembersAsync(planId, ct);
        var (plan, instance) = await InstanceAsync(planId, ct);
        var errors = new FieldErrors();
        if (instance.HostUnits.Count == 0) errors.Add("offers", t["Solve.NoOffers"]);
        if (instance.Participants.Count == 0) errors.Add("participants", t["Solve.NoParticipants"]);
        errors.ThrowIfAny(t["Solve.Refused"]);
        // An interrupted run (its node stopped) is not under way: the plan can be solved again.
        var now = clock.GetUtcNow();
        var open = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == Subject(planId) && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)).ToListAsync(ct);
        if (open.Any(j => j.IsUnderWay(now))) throw ValidationFailedException.For(t["Solve.Refused"], "plan", t["Solve.AlreadyRunning"]);
        var id = await jobs.EnqueueAsync(JobKind, t["Solve.JobTitle", plan.Cohort!.Name],
            new JobOptions(Subject(planId), ProgramPolicies.Manage, Cancellable: true),
            JsonSerializer.Serialize(new RotationSolveWork.Arguments(planId)), ct);
        return new SolveStarted(id, $"/jobs/{id}");
    }

    /// <summary>The queued solve, on whichever node runs it: rebuilds the plan's instance as it is now, solves, stores.</summary>
    public async Task<JobOutcome> SolveJobAsync(int planId, IJobProgress progress, CancellationToken ct)
    {
        await SyncMembersAsync(planId, ct);
        var (_, instance) = await InstanceAsync(planId, ct);
        var result = await SolveAndStoreAsync(planId, instance, SolverJobDetail.Reporter(progress), ct);
        return new JobOutcome(true, JsonSerializer.Serialize(new { placed = result.Placed, totalScore = result.TotalScore, boundPlaced = result.Bound.Count, boundScore = result.Bound.Score, gap = result.Gap }));
    }

    /// <summary>Runs the solver and, unless cancelled, replaces the proposal atomically.</summary>
    public async Task<RotationResult> SolveAndStoreAsync(int planId, RotationInstance instance, IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        var result = await Task.Run(() => RotationSolver.Solve(instance, SolverOptions.Default, progress, ct), ct);
        ct.ThrowIfCancellationRequested();
        await StoreProposalAsync(planId, result, RotationProposalSource.Solver, ct, instance);
        return result;
    }

    private async Task StoreProposalAsync(int planId, RotationResult result, RotationProposalSource source, CancellationToken ct, RotationInstance? solved = null)
    {
        var plan = await db.RotationPlans.Include(p => p.ProposalItems).Include(p => p.Unplaced)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        // The grid or rules changed while the solver ran: its schedule no longer fits the plan, so the run fails and keeps nothing.
        if (solved is not null && (solved.Periods != plan.Periods || solved.RotationsPerParticipant != plan.RotationsPerParticipant || solved.MinSegments != plan.MinSegments))
            throw new InvalidOperationException(t["Solve.Stale"]);
        var byNumber = plan.Members.ToDictionary(m => m.Participant!.Employee!.EmployeeNumber, m => m.ParticipantId, StringComparer.Ordinal);
        var codes = result.Plans.SelectMany(p => p.Rotations.Select(r => r.HostUnit)).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        plan.ProposalItems.Clear();
        plan.Unplaced.Clear();
        foreach (var p in result.Plans)
        {
            var k = 0;
            foreach (var r in p.Rotations.OrderBy(r => r.Period))
                plan.ProposalItems.Add(new RotationProposalItem { ParticipantId = byNumber[p.Participant], Sequence = ++k, Period = r.Period, OrgUnitId = units[r.HostUnit] });
        }
        foreach (var u in result.Unplaced)
            if (byNumber.TryGetValue(u.Participant, out var pid))
                plan.Unplaced.Add(new RotationUnplaced { ParticipantId = pid, Code = u.Code, Reason = Trim(u.Reason, 2000) });
        plan.ProposedAt = clock.GetUtcNow();
        plan.ProposalSource = source;
        plan.ProposalPlaced = result.Placed;
        plan.ProposalScore = result.TotalScore;
        plan.BoundPlaced = result.Bound.Count;
        plan.BoundScore = result.Bound.Score;
        plan.ProposalOptimal = result.Optimal;
        plan.ProposalEdited = false;
        Touch(plan);
        // One SaveChanges: the old proposal goes and the new one arrives together, or neither.
        await db.SaveChangesAsync(ct);
    }

    // ---------------------------------------------------------------- review

    /// <summary>
    /// Sets one participant's rotations by hand (host unit codes in order, from their start period). Refused with a precise
    /// message when it breaks a rule: the number of rotations, the horizon, unknown or not-offered units, the home unit, a unit
    /// twice, too few segments, or a full unit in a period.
    /// </summary>
    public async Task<RotationPlanDetail> AdjustAsync(int planId, int participantId, AdjustInput input, CancellationToken ct = default)
    {
        var plan = await LoadAsync(planId, tracking: true, ct);
        Concurrency.Check(db, plan, input.Version, programText);
        if (!plan.HasProposal) throw ValidationFailedException.For(t["Adjust.Refused"], "plan", t["Adjust.NoProposal"]);
        var m = plan.Members.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Member.NotFound", participantId]);
        var codes = (input.Units ?? []).Select(c => c?.Trim() ?? "").ToList();
        var others = plan.ProposalItems.Where(i => i.ParticipantId != participantId).ToList();
        var errors = RotationFeasibility.Check(plan, m, codes, others, t, SegmentName);
        if (errors.Count > 0) throw new ValidationFailedException(t["Adjust.Refused"], errors);
        plan.ProposalItems.RemoveAll(i => i.ParticipantId == participantId);
        var unitIds = plan.Offers.ToDictionary(o => o.OrgUnit!.Code, o => o.OrgUnitId, StringComparer.Ordinal);
        for (var k = 0; k < codes.Count; k++)
            plan.ProposalItems.Add(new RotationProposalItem { ParticipantId = participantId, Sequence = k + 1, Period = m.StartPeriod + k, OrgUnitId = unitIds[codes[k]] });
        plan.Unplaced.RemoveAll(u => u.ParticipantId == participantId);
        RecountProposal(plan);
        plan.ProposalEdited = true;
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    // ---------------------------------------------------------------- publishing

    /// <summary>
    /// Publishes the proposal: it becomes the participants' rotation stages. An open rotation stage gets its host unit and
    /// planned end now; later ones get theirs when the participant advances into them. Participants and their line
    /// managers are notified.
    /// </summary>
    public async Task<RotationPlanDetail> PublishAsync(int planId, PublishInput input, string by, CancellationToken ct = default)
    {
        var plan = await LoadAsync(planId, tracking: true, ct);
        Concurrency.Check(db, plan, input.Version, programText);
        if (!plan.HasProposal || plan.ProposalItems.Count == 0) throw ValidationFailedException.For(t["Publish.Refused"], "plan", t["Publish.NoProposal"]);
        // Offers and start periods may have changed since the proposal was made: never publish a schedule that no longer fits.
        var problems = await ProposalProblemsAsync(plan, ct);
        if (problems.Count > 0)
            throw new ValidationFailedException(t["Publish.Refused"], new Dictionary<string, string[]> { ["plan"] = [t["Publish.NoLongerFits"], .. problems] });
        var template = plan.Cohort!.Program!.Stages.OrderBy(s => s.Order).ToList();
        plan.Placements.Clear();
        foreach (var i in plan.ProposalItems.OrderBy(i => i.ParticipantId).ThenBy(i => i.Sequence))
            plan.Placements.Add(new RotationPlacement { ParticipantId = i.ParticipantId, Sequence = i.Sequence, OrgUnitId = i.OrgUnitId, PlannedStart = plan.PeriodStart(i.Period), PlannedEnd = plan.PeriodStart(i.Period + 1) });
        var placed = plan.Placements.Select(p => p.ParticipantId).Distinct().ToList();
        var openStages = await db.ParticipantStages.Where(s => placed.Contains(s.ParticipantId) && s.EndedOn == null).ToListAsync(ct);
        foreach (var stage in openStages)
            RotationStages.Apply(stage, template, plan.Placements.Where(p => p.ParticipantId == stage.ParticipantId));
        plan.Status = RotationPlanStatus.Published;
        plan.PublishedAt = clock.GetUtcNow();
        plan.PublishedBy = by;
        Touch(plan);
        var codes = plan.Offers.ToDictionary(o => o.OrgUnitId, o => o.OrgUnit!.Code);
        var link = $"/program/rotations/{plan.Id}/participants/";
        foreach (var pid in placed)
        {
            var member = plan.Members.First(m => m.ParticipantId == pid);
            var e = member.Participant!.Employee!;
            var list = string.Join("; ", plan.Placements.Where(p => p.ParticipantId == pid).OrderBy(p => p.Sequence)
                .Select(p => $"{ProgramText.Date(p.PlannedStart)} {codes.GetValueOrDefault(p.OrgUnitId)}"));
            var name = $"{e.GivenName} {e.FamilyName}";
            var dedup = string.Create(CultureInfo.InvariantCulture, $"rotation-plan:{plan.Id}:{plan.PublishedAt:O}:{pid}");
            await notifier.NotifyEmployeeAsync<RotationsResource>(e.Id, "Notify.Published.Subject", "Notify.Published.Body", [plan.Cohort.Name, list], link + pid, dedup, ct);
            if (e.ManagerId is { } manager)
                await notifier.NotifyEmployeeAsync<RotationsResource>(manager, "Notify.PublishedManager.Subject", "Notify.PublishedManager.Body", [name, plan.Cohort.Name, list], link + pid, dedup + ":manager", ct);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    // ---------------------------------------------------------------- interchange

    /// <summary>The plan as a rotations.json instance (ids: org-unit codes and employee numbers).</summary>
    public async Task<string> ExportInstanceAsync(int planId, CancellationToken ct = default) => RotationJson.WriteInstance((await InstanceAsync(planId, ct)).Instance);

    /// <summary>The current proposal as a result.json.</summary>
    public async Task<string> ExportResultAsync(int planId, CancellationToken ct = default)
    {
        var plan = await LoadAsync(planId, tracking: false, ct);
        if (!plan.HasProposal) throw new NotFoundException(t["Export.NoProposal"]);
        var units = await UnitsAsync(plan, ct);
        var numbers = plan.Members.ToDictionary(m => m.ParticipantId, m => m.Participant!.Employee!.EmployeeNumber);
        var plans = plan.ProposalItems.GroupBy(i => i.ParticipantId).Where(g => numbers.ContainsKey(g.Key)).OrderBy(g => numbers[g.Key], StringComparer.Ordinal)
            .Select(g => new RotationPlan(numbers[g.Key], [.. g.OrderBy(i => i.Sequence).Select(i => new Rotation(i.Period, units[i.OrgUnitId].Code))])).ToList();
        var unplaced = plan.Unplaced.Where(u => numbers.ContainsKey(u.ParticipantId)).Select(u => new UnplacedParticipant(numbers[u.ParticipantId], u.Code, u.Reason)).ToList();
        var (_, instance) = await InstanceAsync(planId, ct);
        var value = new Objective(plans.Count, plan.ProposalScore ?? 0);
        var bound = plan.BoundPlaced is { } bc && plan.BoundScore is { } bs ? new Objective(bc, bs) : SimpleBound(instance);
        if (bound < value) bound = SimpleBound(instance);
        var result = new RotationResult(plans, unplaced, plans.Count, value.Score, bound, plan.ProposalOptimal);
        return RotationJson.WriteResult(result);
    }

    /// <summary>
    /// Imports a rotations.json: settings, offers, start periods and preferences are replaced (participants missing from the
    /// file keep their start period and lose their preferences); the proposal is cleared. Any error: nothing changes.
    /// </summary>
    public async Task<RotationPlanDetail> ImportInstanceAsync(int planId, string json, CancellationToken ct = default)
    {
        var instance = Parse(() => RotationJson.ReadInstance(json));
        var plan = await LoadAsync(planId, tracking: true, ct);
        var errors = new FieldErrors();
        var codes = instance.HostUnits.Select(u => u.Id).ToList();
        var orgUnits = await db.OrgUnits.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        for (var i = 0; i < instance.HostUnits.Count; i++)
        {
            var u = instance.HostUnits[i];
            if (!orgUnits.TryGetValue(u.Id, out var unit)) errors.Add("file", t["Import.UnitUnknown", $"hostUnits[{i}].id", u.Id]);
            else if (!SameSegment(u.Segment, unit.Segment)) errors.Add("file", t["Import.SegmentMismatch", $"hostUnits[{i}].segment", u.Id, u.Segment, SegmentKey(unit.Segment)]);
        }
        var byNumber = plan.Members.ToDictionary(m => m.Participant!.Employee!.EmployeeNumber, StringComparer.Ordinal);
        for (var i = 0; i < instance.Participants.Count; i++)
        {
            var p = instance.Participants[i];
            if (!byNumber.TryGetValue(p.Id, out var m)) { errors.Add("file", t["Import.ParticipantUnknown", $"participants[{i}].id", p.Id]); continue; }
            var home = m.Participant!.Employee!.OrgUnit!.Code;
            if (!string.Equals(p.HomeUnit, home, StringComparison.Ordinal)) errors.Add("file", t["Import.HomeUnitMismatch", $"participants[{i}].homeUnit", p.Id, p.HomeUnit, home]);
        }
        errors.ThrowIfAny(t["Import.Invalid"]);
        if (instance.RotationsPerParticipant > instance.Periods)
            throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Settings.RotationsRange", instance.Periods]);
        plan.Periods = instance.Periods;
        plan.RotationsPerParticipant = instance.RotationsPerParticipant;
        plan.MinSegments = instance.MinSegments;
        ValidateSettings(plan.FirstPeriodStart, plan.PeriodMonths, plan.Periods, plan.RotationsPerParticipant, plan.MinSegments);
        plan.Offers.Clear();
        foreach (var u in instance.HostUnits) plan.Offers.Add(new RotationOffer { OrgUnitId = orgUnits[u.Id].Id, Places = [.. u.Capacity] });
        var inFile = instance.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var m in plan.Members)
        {
            m.Preferences.Clear();
            if (!inFile.TryGetValue(m.Participant!.Employee!.EmployeeNumber, out var p))
            {
                m.StartPeriod = Math.Clamp(m.StartPeriod, 1, plan.Periods);
                continue;
            }
            m.StartPeriod = p.StartPeriod;
            // A preference for a unit the file does not offer is valid and unused (docs/optimization/rotations.md); it is not kept.
            foreach (var (code, score) in p.Preferences.Where(x => x.Value > 0 && orgUnits.ContainsKey(x.Key)))
                m.Preferences.Add(new RotationPreference { OrgUnitId = orgUnits[code].Id, Score = score });
        }
        await ClearProposalAsync(plan, ct);
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    /// <summary>Imports a result.json as the proposal after checking it is a feasible schedule of this plan. Any error: nothing changes.</summary>
    public async Task<RotationPlanDetail> ImportResultAsync(int planId, string json, CancellationToken ct = default)
    {
        var result = Parse(() => RotationJson.ReadResult(json));
        var (plan, instance) = await InstanceAsync(planId, ct);
        var problems = RotationFeasibility.CheckResult(instance, result, t);
        if (problems.Count > 0) throw new ValidationFailedException(t["Import.Invalid"], new Dictionary<string, string[]> { ["file"] = [.. problems] });
        _ = plan;
        await StoreProposalAsync(planId, result with { Placed = result.Plans.Count, TotalScore = RotationFeasibility.Score(instance, result) }, RotationProposalSource.Import, ct);
        return await GetAsync(planId, ct);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>
    /// Why the stored proposal is not (any more) a feasible schedule of the plan as it stands — offers, start periods, rules —
    /// in the import check's words; empty when it fits. Members the proposal does not place are not a problem.
    /// </summary>
    private async Task<List<string>> ProposalProblemsAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        var (_, instance) = await InstanceAsync(plan.Id, ct);
        var unitIds = plan.ProposalItems.Select(i => i.OrgUnitId).Distinct().ToList();
        var codes = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var numbers = plan.Members.ToDictionary(m => m.ParticipantId, m => m.Participant!.Employee!.EmployeeNumber);
        var current = instance.Participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var plans = plan.ProposalItems.GroupBy(i => i.ParticipantId)
            .Where(g => numbers.TryGetValue(g.Key, out var n) && current.Contains(n)).OrderBy(g => numbers[g.Key], StringComparer.Ordinal)
            .Select(g => new RotationPlan(numbers[g.Key], [.. g.OrderBy(i => i.Sequence).Select(i => new Rotation(i.Period, codes[i.OrgUnitId]))])).ToList();
        var placed = plans.Select(p => p.Participant).ToHashSet(StringComparer.Ordinal);
        var unplaced = instance.Participants.Where(p => !placed.Contains(p.Id)).Select(p => new UnplacedParticipant(p.Id, UnplacedReason.NoCapacity, "-")).ToList();
        var result = new RotationResult(plans, unplaced, plans.Count, 0, new Objective(long.MaxValue, long.MaxValue), false);
        return RotationFeasibility.CheckResult(instance, result, t);
    }

    /// <summary>The plan as a solver instance: offered units (code, segment, places), active members (employee number, home unit code, start, scores).</summary>
    public async Task<(CohortRotationPlan Plan, RotationInstance Instance)> InstanceAsync(int planId, CancellationToken ct)
    {
        var plan = await LoadAsync(planId, tracking: false, ct);
        var units = plan.Offers.OrderBy(o => o.OrgUnit!.Code, StringComparer.Ordinal)
            .Select(o => new HostUnit(o.OrgUnit!.Code, SegmentKey(o.OrgUnit.Segment), [.. o.Places])).ToList();
        var offered = plan.Offers.ToDictionary(o => o.OrgUnitId, o => o.OrgUnit!.Code);
        var participants = plan.Members.Where(m => m.Participant!.Status == ParticipantStatus.Selected)
            .OrderBy(m => m.Participant!.Employee!.EmployeeNumber, StringComparer.Ordinal)
            .Select(m => new RotationParticipant(m.Participant!.Employee!.EmployeeNumber, m.Participant.Employee.OrgUnit!.Code, m.StartPeriod,
                m.Preferences.Where(p => offered.ContainsKey(p.OrgUnitId) && p.Score > 0).ToDictionary(p => offered[p.OrgUnitId], p => p.Score, StringComparer.Ordinal)))
            .ToList();
        return (plan, new RotationInstance(plan.Periods, plan.RotationsPerParticipant, plan.MinSegments, units, participants));
    }

    private async Task<CohortRotationPlan> LoadAsync(int planId, bool tracking, CancellationToken ct)
    {
        var q = db.RotationPlans
            .Include(p => p.Cohort!).ThenInclude(c => c.Program!).ThenInclude(p => p.Stages)
            .Include(p => p.Offers).ThenInclude(o => o.OrgUnit)
            .Include(p => p.Members).ThenInclude(m => m.Preferences)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee!).ThenInclude(e => e.OrgUnit)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Stages)
            .Include(p => p.ProposalItems).Include(p => p.Unplaced).Include(p => p.Placements)
            .AsSplitQuery();
        return await (tracking ? q : q.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
    }

    private async Task<Dictionary<int, OrgUnit>> UnitsAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        var ids = plan.Offers.Select(o => o.OrgUnitId).Concat(plan.ProposalItems.Select(i => i.OrgUnitId)).Concat(plan.Placements.Select(p => p.OrgUnitId))
            .Concat(plan.Members.SelectMany(m => m.Preferences.Select(p => p.OrgUnitId))).Distinct().ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
    }

    private List<ScheduleRow> Schedule(CohortRotationPlan plan, IEnumerable<(int ParticipantId, int Sequence, int Period, int OrgUnitId)> items, Dictionary<int, OrgUnit> units)
    {
        var members = plan.Members.ToDictionary(m => m.ParticipantId);
        return [.. items.GroupBy(i => i.ParticipantId).Where(g => members.ContainsKey(g.Key))
            .Select(g =>
            {
                var m = members[g.Key];
                var scores = m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score);
                var rotations = g.OrderBy(i => i.Sequence).Select(i =>
                {
                    var u = units[i.OrgUnitId];
                    return new RotationView(i.Sequence, i.Period, plan.PeriodStart(i.Period), plan.PeriodEnd(i.Period), u.Code, u.DisplayName(UiCulture.IsChinese), u.Segment, SegmentName(u.Segment), scores.GetValueOrDefault(u.Id));
                }).ToList();
                var e = m.Participant!.Employee!;
                return new ScheduleRow(g.Key, Person(m), e.EmployeeNumber, e.OrgUnit!.Code, rotations, rotations.Sum(r => r.Score));
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// A bound that needs no solve: every participant placed, each with the sum of its R best preferences (a plan has R
    /// different units). Used in an exported result when the solver's bound no longer applies to the plan as it stands.
    /// </summary>
    private static Objective SimpleBound(RotationInstance instance) =>
        new(instance.Participants.Count, instance.Participants.Sum(p => p.Preferences.Values.OrderDescending().Take(instance.RotationsPerParticipant).Sum(v => (long)v)));

    /// <summary>
    /// Offers, start periods, preferences or members changed after the proposal was made: the solver's bound was computed for
    /// the old plan and may no longer hold (more places can mean more placed), so it is dropped and optimality is no longer claimed.
    /// </summary>
    private static void BoundNoLongerHolds(CohortRotationPlan plan)
    {
        if (!plan.HasProposal) return;
        plan.BoundPlaced = null;
        plan.BoundScore = null;
        plan.ProposalOptimal = false;
    }

    private static void RecountProposal(CohortRotationPlan plan)
    {
        var scores = plan.Members.ToDictionary(m => m.ParticipantId, m => m.Preferences.ToDictionary(p => p.OrgUnitId, p => p.Score));
        plan.ProposalPlaced = plan.ProposalItems.Select(i => i.ParticipantId).Distinct().Count();
        plan.ProposalScore = plan.ProposalItems.Sum(i => (long)(scores.TryGetValue(i.ParticipantId, out var s) ? s.GetValueOrDefault(i.OrgUnitId) : 0));
        // A hand-made plan is not the solver's: the bound still bounds any feasible plan, but optimality is no longer proven.
        plan.ProposalOptimal = false;
    }

    private async Task ClearProposalAsync(CohortRotationPlan plan, CancellationToken ct)
    {
        if (!db.Entry(plan).Collection(p => p.ProposalItems).IsLoaded) await db.Entry(plan).Collection(p => p.ProposalItems).LoadAsync(ct);
        if (!db.Entry(plan).Collection(p => p.Unplaced).IsLoaded) await db.Entry(plan).Collection(p => p.Unplaced).LoadAsync(ct);
        plan.ProposalItems.Clear();
        plan.Unplaced.Clear();
        plan.ProposedAt = null;
        plan.ProposalSource = null;
        plan.ProposalPlaced = null;
        plan.ProposalScore = null;
        plan.BoundPlaced = null;
        plan.BoundScore = null;
        plan.ProposalOptimal = false;
        plan.ProposalEdited = false;
    }

    /// <summary>The period in which the participant enters (or entered) their first rotation stage.</summary>
    public static int DefaultStartPeriod(CohortRotationPlan plan, Participant p, IReadOnlyList<ProgramStage> template)
    {
        var rotationIds = template.Where(s => s.Kind == StageKind.Rotation).Select(s => s.Id).ToHashSet();
        if (p.Stages.Where(s => rotationIds.Contains(s.ProgramStageId)).OrderBy(s => s.Sequence).FirstOrDefault() is { } first) return plan.PeriodOf(first.StartedOn);
        var open = p.Stages.FirstOrDefault(s => s.EndedOn is null);
        DateOnly date;
        ProgramStage? stage;
        if (open is not null)
        {
            date = open.PlannedEnd;
            stage = StageEngine.Next(template, template.FirstOrDefault(s => s.Id == open.ProgramStageId));
        }
        else
        {
            date = p.StartDate ?? plan.FirstPeriodStart;
            stage = template.Count > 0 ? template[0] : null;
        }
        for (var guard = 0; stage is not null && stage.Kind != StageKind.Rotation && guard < template.Count; guard++)
        {
            date = date.AddMonths(stage.DurationMonths);
            stage = StageEngine.Next(template, stage);
            if (stage?.Kind == StageKind.Development) break;
        }
        return plan.PeriodOf(date);
    }

    private void ValidateSettings(DateOnly first, int months, int periods, int rotations, int minSegments)
    {
        var errors = new FieldErrors();
        if (first == default) errors.Add("firstPeriodStart", t["Settings.FirstStartRequired"]);
        if (months is < 1 or > 12) errors.Add("periodMonths", t["Settings.PeriodMonthsRange"]);
        if (periods < 1 || periods > CohortRotationPlan.MaxPeriods) errors.Add("periods", t["Settings.PeriodsRange", CohortRotationPlan.MaxPeriods]);
        // The upper limits come from the other settings; an invalid one is reported on its own field, not used as a limit.
        var periodsValid = periods is >= 1 and <= CohortRotationPlan.MaxPeriods;
        var maxRotations = periodsValid ? periods : CohortRotationPlan.MaxPeriods;
        if (rotations < 1 || rotations > maxRotations) errors.Add("rotationsPerParticipant", t["Settings.RotationsRange", maxRotations]);
        if (minSegments < 0 || (rotations >= 1 && rotations <= maxRotations && minSegments > rotations))
            errors.Add("minSegments", t["Settings.MinSegmentsRange", Math.Clamp(rotations, 0, maxRotations)]);
        errors.ThrowIfAny(t["Settings.Invalid"]);
    }

    private T Parse<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InstanceFormatException ex)
        {
            // The codec names the entry (or the line and position of broken JSON) and what is wrong with it.
            throw ValidationFailedException.For(t["Import.Invalid"], "file", ex.Message);
        }
    }

    private void Touch(CohortRotationPlan plan) => db.Entry(plan).Property(p => p.Version).IsModified = true;

    public string StatusName(RotationPlanStatus s) => s == RotationPlanStatus.Published ? t["Status.Published"] : t["Status.Draft"];

    public string SourceName(RotationProposalSource s) => s == RotationProposalSource.Import ? t["Source.Import"] : t["Source.Solver"];

    public string SegmentName(ChainSegment s) => people["Segment." + s];

    public string ReasonText(UnplacedReason code) => code switch
    {
        UnplacedReason.HorizonTooShort => t["Unplaced.HorizonTooShort"],
        UnplacedReason.TooFewHostUnits => t["Unplaced.TooFewHostUnits"],
        UnplacedReason.TooFewSegments => t["Unplaced.TooFewSegments"],
        UnplacedReason.Outcompeted => t["Unplaced.Outcompeted"],
        _ => t["Unplaced.NoCapacity"],
    };

    /// <summary>Segment ids in the interchange files: the segment's name in kebab case (e.g. "separation", "metals-alloys").</summary>
    public static string SegmentKey(ChainSegment s) =>
        string.Concat(s.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static bool SameSegment(string text, ChainSegment s) =>
        string.Equals(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), s.ToString(), StringComparison.OrdinalIgnoreCase);

    private static string Person(RotationMember m) => ProgramText.Person(m.Participant!.Employee!.GivenName, m.Participant.Employee.FamilyName, m.Participant.Employee.ChineseName);

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];

    private const int MaxPlaces = 999;
}

/// <summary>The rotation solve as queued work (kind <see cref="RotationHandlers.JobKind"/>): arguments are the plan id only.</summary>
public sealed class RotationSolveWork(RotationHandlers handlers) : IJobWork
{
    public sealed record Arguments(int PlanId);

    public Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct) =>
        handlers.SolveJobAsync(JsonSerializer.Deserialize<Arguments>(argumentsJson)!.PlanId, progress, ct);
}
