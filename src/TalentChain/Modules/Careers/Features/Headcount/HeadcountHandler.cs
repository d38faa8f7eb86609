using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Headcount;

public sealed record ReservationView(int Id, int ParticipantId, int EmployeeId, string Person, DateOnly Until, ReservationStatus Status, bool Counts, bool ExpiresWithin30Days, string? Note);

public sealed record PlanView(int Id, int OrgUnitId, string UnitCode, string Unit, int LadderId, string Ladder, int LevelId, int Rank, string Level, int Year,
    int Planned, int Filled, int Reserved, int Free, bool NoPlaceLeft, long Version, IReadOnlyList<ReservationView> Reservations);

public sealed record PlanInput(string? OrgUnitCode, int? LevelId, int? Year, int? Planned);

public sealed record ReserveInput(int? ParticipantId, DateOnly? Until, string? Note);

/// <summary>
/// Reserved headcount per unit, track level and year. Filled + reserved never exceed planned: every change of places
/// touches the plan row (its version), so of two concurrent reservations one is retried on the new numbers — and
/// refused with them when the place is gone.
/// </summary>
public sealed class HeadcountHandler(TalentChainDbContext db, IStringLocalizer<CareersResource> L, TimeProvider clock)
{
    private const int Attempts = 4;

    public async Task<List<PlanView>> ListAsync(int? year, bool onlyShort, CancellationToken ct)
    {
        var today = clock.Today();
        var y = year ?? today.Year;
        var plans = await db.HeadcountPlans.AsNoTracking().Where(p => p.Year == y)
            .Include(p => p.OrgUnit).Include(p => p.Level!).ThenInclude(l => l.Ladder)
            .Include(p => p.Reservations).ThenInclude(r => r.Participant!).ThenInclude(p => p.Employee)
            .ToListAsync(ct);
        var views = plans.Select(p => View(p, today)).OrderBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.LadderId).ThenBy(p => p.Rank).ToList();
        return onlyShort ? [.. views.Where(v => v.NoPlaceLeft || v.Reservations.Any(r => r.ExpiresWithin30Days))] : views;
    }

    public async Task<PlanView> GetAsync(int id, CancellationToken ct)
    {
        var p = await db.HeadcountPlans.AsNoTracking().Include(x => x.OrgUnit).Include(x => x.Level!).ThenInclude(l => l.Ladder)
            .Include(x => x.Reservations).ThenInclude(r => r.Participant!).ThenInclude(x => x.Employee)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Plan.NotFound", id]);
        return View(p, clock.Today());
    }

    private static PlanView View(HeadcountPlan p, DateOnly today)
    {
        var reserved = p.ReservedOn(today);
        var free = p.Planned - p.Filled - reserved;
        return new PlanView(p.Id, p.OrgUnitId, p.OrgUnit?.Code ?? "", p.OrgUnit?.DisplayName(CareersText.Chinese) ?? "", p.Level?.LadderId ?? 0,
            p.Level?.Ladder is { } l ? CareersText.Name(l.Name, l.NameZh) : "", p.LevelId, p.Level?.Rank ?? 0, p.Level?.DisplayName(CareersText.Chinese) ?? "", p.Year,
            p.Planned, p.Filled, reserved, free, free <= 0, p.Version,
            [.. p.Reservations.OrderBy(r => r.Until).Select(r => new ReservationView(r.Id, r.ParticipantId, r.Participant?.EmployeeId ?? 0, CareersText.Person(r.Participant?.Employee),
                r.Until, r.Status, r.HoldsOn(today), r.HoldsOn(today) && r.Until <= today.AddDays(30), r.Note))]);
    }

    /// <summary>Creates or changes the plan of a unit, level and year; planned may not drop below filled + reserved.</summary>
    public async Task<PlanView> SetPlanAsync(PlanInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var code = input.OrgUnitCode?.Trim() ?? "";
        var unit = code.Length == 0 ? null : await db.OrgUnitRefs.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null) errors.Add("OrgUnitCode", L["Unit.Unknown", code]);
        var level = input.LevelId is { } lid ? await db.LadderLevels.AsNoTracking().Include(l => l.Ladder).FirstOrDefaultAsync(l => l.Id == lid, ct) : null;
        if (level is null) errors.Add("LevelId", L["Level.Unknown", input.LevelId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        else if (level.Ladder!.Kind != LadderKind.Track) errors.Add("LevelId", L["Plan.TrackLevelsOnly"]);
        if (input.Year is not { } year || year < today.Year - 1 || year > today.Year + 5) { errors.Add("Year", L["Plan.YearInvalid", today.Year - 1, today.Year + 5]); year = 0; }
        if (input.Planned is not (>= 0 and <= 10000)) errors.Add("Planned", L["Plan.PlannedInvalid"]);
        errors.ThrowIfAny(L["Plan.Invalid"]);
        var plan = await db.HeadcountPlans.Include(p => p.Reservations).FirstOrDefaultAsync(p => p.OrgUnitId == unit!.Id && p.LevelId == level!.Id && p.Year == year, ct);
        if (plan is null)
        {
            plan = new HeadcountPlan { OrgUnitId = unit!.Id, LevelId = level!.Id, Year = year };
            db.HeadcountPlans.Add(plan);
        }
        var used = plan.Filled + plan.ReservedOn(today);
        if (input.Planned!.Value < used)
            throw ValidationFailedException.For(L["Plan.Invalid"], "Planned", L["Plan.BelowUsed", input.Planned.Value, plan.Filled, plan.ReservedOn(today)]);
        plan.Planned = input.Planned.Value;
        var created = plan.Id == 0;
        if (!created) Touch(plan);
        else plan.ChangedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (created && DbErrors.IsUniqueViolation(ex))
        {
            // Someone created the same unit/level/year plan a moment ago (unique index): theirs stands; 409, try again.
            throw new DbUpdateConcurrencyException(L["Plan.CreatedMeanwhile"], ex);
        }
        return await GetAsync(plan.Id, ct);
    }

    /// <summary>Holds a place for a named program participant until a date; refused with the numbers when none is left.</summary>
    public async Task<PlanView> ReserveAsync(int planId, ReserveInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var participant = input.ParticipantId is { } pid ? await db.ParticipantRefs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (participant is null) errors.Add("ParticipantId", L["Reservation.ParticipantUnknown", input.ParticipantId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        else if (participant.Status is ParticipantStatus.Withdrawn or ParticipantStatus.Rejected) errors.Add("ParticipantId", L["Reservation.ParticipantInactive"]);
        if (input.Until is not { } until || until < today) { errors.Add("Until", L["Reservation.UntilPast"]); until = default; }
        else if (until > today.AddYears(3)) errors.Add("Until", L["Reservation.UntilFar"]);
        if (input.Note is { Length: > 1000 }) errors.Add("Note", L["Field.TooLong", 1000]);
        if (!await db.HeadcountPlans.AnyAsync(p => p.Id == planId, ct)) throw new NotFoundException(L["Plan.NotFound", planId]);
        errors.ThrowIfAny(L["Reservation.Refused"]);

        await RetryOnConflictAsync(async () =>
        {
            var plan = await db.HeadcountPlans.Include(p => p.Reservations).FirstAsync(p => p.Id == planId, ct);
            if (plan.Reservations.Any(r => r.ParticipantId == participant!.Id && r.HoldsOn(today)))
                throw ValidationFailedException.For(L["Reservation.Refused"], "ParticipantId", L["Reservation.AlreadyHeld"]);
            RequireFreePlace(plan, today, "ParticipantId");
            plan.Reservations.Add(new HeadcountReservation
            {
                ParticipantId = participant!.Id, Until = until, Status = ReservationStatus.Active, Note = input.Note?.Trim(),
                CreatedAt = clock.GetUtcNow(), CreatedBy = db.CurrentUser.Name,
            });
            Touch(plan);
        }, ct);
        return await GetAsync(planId, ct);
    }

    public async Task<PlanView> ReleaseAsync(int planId, int reservationId, CancellationToken ct)
    {
        var plan = await db.HeadcountPlans.Include(p => p.Reservations).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(L["Plan.NotFound", planId]);
        var r = plan.Reservations.FirstOrDefault(x => x.Id == reservationId) ?? throw new NotFoundException(L["Reservation.NotFound", reservationId]);
        if (r.Status != ReservationStatus.Active) throw ValidationFailedException.For(L["Reservation.Refused"], "ReservationId", L["Reservation.NotActive"]);
        r.Status = ReservationStatus.Released;
        Touch(plan);
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    /// <summary>
    /// Marks the plan's places as changed, even when no column of the row itself changes (a reservation added): the
    /// row is updated, its version moves, and a concurrent change that read the old version fails instead of overbooking.
    /// </summary>
    public void Touch(HeadcountPlan plan)
    {
        plan.ChangedAt = clock.GetUtcNow();
        db.Entry(plan).Property(p => p.ChangedAt).IsModified = true;
    }

    /// <summary>Refuses (with the numbers) when the plan has no free place on <paramref name="today"/>.</summary>
    public void RequireFreePlace(HeadcountPlan plan, DateOnly today, string field)
    {
        if (plan.FreeOn(today) > 0) return;
        throw ValidationFailedException.For(L["Headcount.NoPlace"], field, L["Headcount.NoPlaceNumbers", plan.Planned, plan.Filled, plan.ReservedOn(today)]);
    }

    /// <summary>
    /// Runs <paramref name="change"/> and saves; when another request changed the same plan first (its version moved),
    /// starts again on a clean slate so the check sees the new numbers. Gives up (409) after a few attempts.
    /// </summary>
    public async Task RetryOnConflictAsync(Func<Task> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await change();
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The plan for a unit, level and year (null when there is none).</summary>
    public Task<HeadcountPlan?> PlanForAsync(int orgUnitId, int levelId, int year, CancellationToken ct) =>
        db.HeadcountPlans.Include(p => p.Reservations).ThenInclude(r => r.Participant).FirstOrDefaultAsync(p => p.OrgUnitId == orgUnitId && p.LevelId == levelId && p.Year == year, ct);
}
