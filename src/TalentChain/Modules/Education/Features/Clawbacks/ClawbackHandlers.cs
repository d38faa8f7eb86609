using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Clawbacks;

public sealed record SettleInput(decimal? Amount, DateOnly? SettledOn);

public sealed record WaiveInput(string? Reason);

public sealed record ClawbackActions(bool Settle, bool Waive);

public sealed record ClawbackView(int Id, int DegreeId, string Programme, PersonLine Person, int DepartureId, DateOnly LastDay, decimal ReimbursedTotal, DateOnly? ServiceStart,
    DateOnly? ServiceEnd, int TotalDays, int RemainingDays, decimal Amount, string Formula, ClawbackStatus Status, string StatusName, DateOnly OpenedOn,
    DateOnly? SettledOn, decimal? SettledAmount, string? SettledBy, string? WaiveReason, string? WaivedBy, DateOnly? WaivedOn, long Version, ClawbackActions Can);

public sealed record ClawbackRow(int Id, int DegreeId, int EmployeeId, string EmployeeNumber, string Name, string Unit, DateOnly LastDay, decimal ReimbursedTotal, decimal Amount,
    ClawbackStatus Status, string StatusName);

/// <summary>
/// Repayment cases (违约金) under service commitments: opened for each recorded departure of a person with an agreement
/// who leaves before the commitment ends; settled by Finance (amount, date) or waived by HR (reason required).
/// </summary>
public sealed class ClawbackHandlers(TalentChainDbContext db, EducationAccess access, EducationText text, IStringLocalizer<EducationResource> e,
    IStringLocalizer<SharedResource> shared, TimeProvider clock, INotifier notifier)
{
    /// <summary>What a degree's agreement would make the person repay for leaving on <paramref name="lastDay"/>.</summary>
    public async Task<ClawbackFigures?> ComputeAsync(Degree d, DateOnly lastDay, CancellationToken ct)
    {
        if (d.Agreement is not { } a) return null;
        var paid = await db.TuitionClaims.AsNoTracking().Where(c => c.DegreeId == d.Id && c.Status == ClaimStatus.Paid).Select(c => c.PaidAmount).ToListAsync(ct);
        return ClawbackCalculator.Compute(paid.Sum(p => p ?? 0m), DegreeReader.ServiceStartOf(d), a.ServiceYears, lastDay);
    }

    /// <summary>
    /// Opens a case for every recorded departure of someone with an agreement, where a repayment is due and no case
    /// exists yet (idempotent: the daily task and HR's "check departures" both call it). Returns the cases opened.
    /// </summary>
    public async Task<int> OpenDueCasesAsync(CancellationToken ct = default)
    {
        var agreed = await db.Degrees.Include(d => d.Agreement).Where(d => d.Agreement != null).ToListAsync(ct);
        var employees = agreed.Select(d => d.EmployeeId).Distinct().ToList();
        var departures = await db.DepartureRefs.AsNoTracking().Where(x => employees.Contains(x.EmployeeId)).ToListAsync(ct);
        var existing = (await db.ClawbackCases.AsNoTracking().Select(c => new { c.DegreeId, c.DepartureId }).ToListAsync(ct)).Select(c => (c.DegreeId, c.DepartureId)).ToHashSet();
        var opened = 0;
        foreach (var dep in departures)
        {
            foreach (var d in agreed.Where(x => x.EmployeeId == dep.EmployeeId && !existing.Contains((x.Id, dep.Id))))
            {
                // A departure long after the degree's service ended owes nothing and needs no case.
                var f = await ComputeAsync(d, dep.LastDay, ct);
                if (f is null || f.Amount <= 0) continue;
                var c = new ClawbackCase
                {
                    DegreeId = d.Id, EmployeeId = d.EmployeeId, DepartureId = dep.Id, LastDay = dep.LastDay, ReimbursedTotal = f.Reimbursed,
                    ServiceStart = f.ServiceStart, ServiceEnd = f.ServiceEnd, TotalDays = f.TotalDays, RemainingDays = f.RemainingDays, Amount = f.Amount,
                    Status = ClawbackStatus.Open, OpenedOn = clock.Today(),
                };
                db.ClawbackCases.Add(c);
                await db.SaveChangesAsync(ct);
                foreach (var role in new[] { Platform.Auth.Roles.ProgramManager, Platform.Auth.Roles.Finance })
                    await notifier.NotifyRoleAsync<EducationResource>(role, "Notify.Clawback.Subject", "Notify.Clawback.Body",
                        [d.Programme, UiCulture.Yuan(c.Amount), EducationText.Date(c.LastDay)], $"/education/clawbacks/{c.Id}", $"education-clawback:{c.Id}", ct);
                await db.SaveChangesAsync(ct);
                opened++;
            }
        }
        return opened;
    }

    public async Task<List<ClawbackRow>> ListAsync(EducationViewer viewer, CancellationToken ct = default)
    {
        var rows = await db.ClawbackCases.AsNoTracking().Select(c => new { c.Id, c.DegreeId, c.EmployeeId, c.LastDay, c.ReimbursedTotal, c.Amount, c.Status }).ToListAsync(ct);
        var visible = await access.VisibleAmongAsync(viewer, [.. rows.Select(r => r.EmployeeId).Distinct()], ct);
        rows = [.. rows.Where(r => visible.Contains(r.EmployeeId))];
        var people = await PersonLines.LoadAsync(db, rows.Select(r => r.EmployeeId), ct);
        return [.. rows.OrderBy(r => r.Status).ThenByDescending(r => r.LastDay).Select(r => new ClawbackRow(r.Id, r.DegreeId, r.EmployeeId, people[r.EmployeeId].EmployeeNumber,
            people[r.EmployeeId].Name, people[r.EmployeeId].Unit, r.LastDay, r.ReimbursedTotal, r.Amount, r.Status, text.Clawback(r.Status)))];
    }

    private async Task<ClawbackCase> LoadVisibleAsync(EducationViewer viewer, int id, bool tracked, CancellationToken ct)
    {
        var q = db.ClawbackCases.Include(c => c.Degree);
        var c = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await access.MaySeeAsync(viewer, c.EmployeeId, ct)) throw new NotFoundException(e["Clawback.NotFound", id]);
        return c;
    }

    public async Task<ClawbackView> GetAsync(EducationViewer viewer, int id, CancellationToken ct = default)
    {
        var c = await LoadVisibleAsync(viewer, id, tracked: false, ct);
        var person = (await PersonLines.LoadAsync(db, [c.EmployeeId], ct))[c.EmployeeId];
        var open = c.Status == ClawbackStatus.Open;
        return new ClawbackView(c.Id, c.DegreeId, c.Degree!.Programme, person, c.DepartureId, c.LastDay, c.ReimbursedTotal, c.ServiceStart, c.ServiceEnd, c.TotalDays, c.RemainingDays,
            c.Amount, FormulaOf(c), c.Status, text.Clawback(c.Status), c.OpenedOn, c.SettledOn, c.SettledAmount, c.SettledBy, c.WaiveReason, c.WaivedBy, c.WaivedOn, c.Version,
            new ClawbackActions(open && viewer.Finance, open && viewer.Hr));
    }

    public string FormulaOf(ClawbackCase c)
    {
        var basis = c.ServiceStart is not { } s || c.LastDay < s ? ClawbackBasis.BeforeServiceStart : c.RemainingDays <= 0 ? ClawbackBasis.Fulfilled : ClawbackBasis.ProRata;
        return text.Formula(new ClawbackFigures(c.ReimbursedTotal, c.ServiceStart, c.ServiceEnd, c.TotalDays, c.TotalDays - c.RemainingDays, c.RemainingDays, c.Amount, basis), c.LastDay);
    }

    /// <summary>Finance records the repayment received (at most the amount owed; a date not in the future).</summary>
    public async Task<ClawbackView> SettleAsync(EducationViewer viewer, int id, SettleInput input, CancellationToken ct = default)
    {
        if (!viewer.Finance) throw new AccessDeniedException(e["Clawback.FinanceOnly"]);
        var c = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        var errors = new FieldErrors();
        if (c.Status != ClawbackStatus.Open) errors.Add("", e["Clawback.NotOpen", text.Clawback(c.Status)]);
        var amount = input.Amount ?? c.Amount;
        if (amount <= 0 || decimal.Round(amount, 2) != amount) errors.Add(nameof(input.Amount), e["Clawback.AmountInvalid"]);
        else if (amount > c.Amount) errors.Add(nameof(input.Amount), e["Clawback.MoreThanOwed", UiCulture.Yuan(c.Amount)]);
        var on = input.SettledOn ?? clock.Today();
        if (on > clock.Today()) errors.Add(nameof(input.SettledOn), e["Clawback.SettledInFuture"]);
        errors.ThrowIfAny(e["Clawback.Invalid"]);
        c.Status = ClawbackStatus.Settled;
        c.SettledAmount = amount;
        c.SettledOn = on;
        c.SettledBy = db.CurrentUser.Name;
        db.RecordAuditEvent("EducationClawback", c.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Decision"] = "Settled", ["Amount"] = amount.ToString(CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    /// <summary>HR waives the repayment; the reason is required and kept.</summary>
    public async Task<ClawbackView> WaiveAsync(EducationViewer viewer, int id, WaiveInput input, CancellationToken ct = default)
    {
        if (!viewer.Hr) throw new AccessDeniedException(e["Clawback.HrOnly"]);
        var c = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        var errors = new FieldErrors();
        if (c.Status != ClawbackStatus.Open) errors.Add("", e["Clawback.NotOpen", text.Clawback(c.Status)]);
        var reason = PersonLines.Blank(input.Reason);
        errors.RequireOneLine(shared, (nameof(input.Reason), reason));
        if (reason is null) errors.Add(nameof(input.Reason), e["Common.ReasonRequired"]);
        else if (reason.Length > 1000) errors.Add(nameof(input.Reason), e["Common.TooLong", 1000]);
        errors.ThrowIfAny(e["Clawback.Invalid"]);
        c.Status = ClawbackStatus.Waived;
        c.WaiveReason = reason;
        c.WaivedBy = db.CurrentUser.Name;
        c.WaivedOn = clock.Today();
        db.RecordAuditEvent("EducationClawback", c.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Decision"] = "Waived", ["Reason"] = reason });
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }
}

/// <summary>
/// The repayment on a departure's exit workflow (Knowledge asks). The amount and formula go to HR, Finance, the person
/// and their line managers; anyone else who sees the departure (e.g. a knowledge officer) learns only that a
/// repayment obligation exists.
/// </summary>
public sealed class EducationDepartureObligations(TalentChainDbContext db, EducationAccess access, ClawbackHandlers clawbacks, EducationText text, IStringLocalizer<EducationResource> e)
    : IDepartureObligations
{
    public async Task<IReadOnlyList<DepartureObligation>> ForAsync(int employeeId, DateOnly lastDay, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var degrees = await db.Degrees.AsNoTracking().Include(d => d.Agreement).Where(d => d.EmployeeId == employeeId && d.Agreement != null).OrderBy(d => d.Id).ToListAsync(ct);
        if (degrees.Count == 0) return [];
        var v = await access.ViewerAsync(viewer, ct);
        var mayKnow = await access.MaySeeAsync(v, employeeId, ct);
        var result = new List<DepartureObligation>();
        foreach (var d in degrees)
        {
            var c = await db.ClawbackCases.AsNoTracking().Where(x => x.DegreeId == d.Id && x.LastDay == lastDay).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
            string detail, status;
            decimal amount;
            bool settled;
            string? link;
            if (c is not null)
            {
                (detail, amount, status, settled, link) = (clawbacks.FormulaOf(c), c.Amount, text.Clawback(c.Status), c.Status != ClawbackStatus.Open, $"/education/clawbacks/{c.Id}");
            }
            else
            {
                var f = await clawbacks.ComputeAsync(d, lastDay, ct);
                if (f is null || f.Amount <= 0) continue;
                (detail, amount, status, settled, link) = (text.Formula(f, lastDay), f.Amount, e["Clawback.NotOpened"], false, $"/education/degrees/{d.Id}");
            }
            var title = e["Obligation.Title", d.Programme];
            result.Add(mayKnow
                ? new DepartureObligation("education", title, detail, amount, status, settled, link)
                : new DepartureObligation("education", title, e["Obligation.Restricted"], null, status, settled, null));
        }
        return result;
    }
}

/// <summary>Daily: opens repayment cases for departures recorded since the last run (idempotent).</summary>
public sealed class ClawbackCasesTask(ClawbackHandlers handlers) : IPeriodicTask
{
    public string Name => "education.clawback-cases";
    public TimeSpan Interval => TimeSpan.FromDays(1);
    public Task RunAsync(CancellationToken ct) => handlers.OpenDueCasesAsync(ct);
}
