using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Claims;

public sealed record ClaimInput(CostType? CostType, DateOnly? ExpenseDate, decimal? Amount, string? Description);

public sealed record PayInput(DateOnly? PaidOn, decimal? Amount);

/// <summary>What the viewer may do on this claim now (the handlers check the same rules).</summary>
public sealed record ClaimActions(bool ManagerDecide, bool HrDecide, bool Pay);

public sealed record ClaimView(int Id, int DegreeId, PersonLine Person, string Programme, CostType CostType, string CostTypeName, DateOnly ExpenseDate, decimal Amount, string? Description,
    ClaimStatus Status, string StatusName, DateOnly SubmittedOn, string? SubmittedBy, string? ManagerBy, DateOnly? ManagerOn, string? HrBy, DateOnly? HrOn, string? DecisionNote,
    decimal? Eligible, decimal? ApprovedAmount, CapKind Cap, string? CapReason, DateOnly? PaidOn, decimal? PaidAmount, string? PaidBy, long Version,
    IReadOnlyList<FileView> Receipts, ClaimActions Can);

public sealed record ClaimRow(int Id, int DegreeId, int EmployeeId, string EmployeeNumber, string Name, string Unit, CostType CostType, string CostTypeName, DateOnly ExpenseDate,
    decimal Amount, decimal? ApprovedAmount, decimal? PaidAmount, ClaimStatus Status, string StatusName);

/// <summary>Tuition claims (学费报销): submit with receipts, line manager → HR (against the caps) → paid by Finance.</summary>
public sealed class ClaimHandlers(TalentChainDbContext db, DegreeReader degrees, EducationAccess access, EducationText text, IStringLocalizer<EducationResource> e,
    IStringLocalizer<SharedResource> shared, TimeProvider clock, INotifier notifier)
{
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>The claims the viewer may see; <paramref name="filter"/>: "manager" (waiting for a line manager), "hr", "pay", or null for all.</summary>
    public async Task<List<ClaimRow>> ListAsync(EducationViewer viewer, string? filter = null, int? degreeId = null, CancellationToken ct = default)
    {
        var q = db.TuitionClaims.AsNoTracking();
        if (degreeId is { } did) q = q.Where(c => c.DegreeId == did);
        q = filter switch
        {
            "manager" => q.Where(c => c.Status == ClaimStatus.Submitted),
            "hr" => q.Where(c => c.Status == ClaimStatus.ManagerApproved),
            "pay" => q.Where(c => c.Status == ClaimStatus.Approved || c.Status == ClaimStatus.PartlyApproved),
            _ => q,
        };
        var rows = await q.Select(c => new { c.Id, c.DegreeId, c.EmployeeId, c.CostType, c.ExpenseDate, c.Amount, c.ApprovedAmount, c.PaidAmount, c.Status }).ToListAsync(ct);
        var visible = await access.VisibleAmongAsync(viewer, [.. rows.Select(r => r.EmployeeId).Distinct()], ct);
        rows = [.. rows.Where(r => visible.Contains(r.EmployeeId))];
        var people = await PersonLines.LoadAsync(db, rows.Select(r => r.EmployeeId), ct);
        return [.. rows.OrderByDescending(r => r.ExpenseDate).ThenByDescending(r => r.Id).Select(r => new ClaimRow(r.Id, r.DegreeId, r.EmployeeId, people[r.EmployeeId].EmployeeNumber,
            people[r.EmployeeId].Name, people[r.EmployeeId].Unit, r.CostType, text.Cost(r.CostType), r.ExpenseDate, r.Amount, r.ApprovedAmount, r.PaidAmount, r.Status, text.Claim(r.Status)))];
    }

    public async Task<ClaimView> GetAsync(EducationViewer viewer, int id, CancellationToken ct = default)
    {
        var c = await LoadVisibleAsync(viewer, id, tracked: false, ct);
        var person = (await PersonLines.LoadAsync(db, [c.EmployeeId], ct))[c.EmployeeId];
        var manager = await access.IsLineManagerOfAsync(viewer, c.EmployeeId, ct);
        var can = new ClaimActions(
            ManagerDecide: c.Status == ClaimStatus.Submitted && (manager || viewer.Admin),
            HrDecide: c.Status == ClaimStatus.ManagerApproved && viewer.Hr,
            Pay: c.Status is ClaimStatus.Approved or ClaimStatus.PartlyApproved && viewer.Finance);
        return new ClaimView(c.Id, c.DegreeId, person, c.Degree!.Programme, c.CostType, text.Cost(c.CostType), c.ExpenseDate, c.Amount, c.Description, c.Status, text.Claim(c.Status),
            c.SubmittedOn, c.SubmittedBy, c.ManagerBy, c.ManagerOn, c.HrBy, c.HrOn, c.DecisionNote, c.Eligible, c.ApprovedAmount, c.Cap, text.CapReason(c),
            c.PaidOn, c.PaidAmount, c.PaidBy, c.Version, [.. c.Receipts.OrderBy(r => r.Id).Select(r => new FileView(r.Id, r.FileName, r.ContentType, r.Size, r.UploadedAt))], can);
    }

    private async Task<TuitionClaim> LoadVisibleAsync(EducationViewer viewer, int id, bool tracked, CancellationToken ct)
    {
        var q = db.TuitionClaims.Include(c => c.Degree).ThenInclude(d => d!.Agreement).Include(c => c.Receipts).AsSplitQuery();
        var c = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await access.MaySeeAsync(viewer, c.EmployeeId, ct)) throw new NotFoundException(e["Claim.NotFound", id]);
        return c;
    }

    public async Task<ClaimReceipt> ReceiptAsync(EducationViewer viewer, int id, int receiptId, CancellationToken ct = default)
    {
        var c = await LoadVisibleAsync(viewer, id, tracked: false, ct);
        return c.Receipts.FirstOrDefault(r => r.Id == receiptId) ?? throw new NotFoundException(e["File.NotFound", receiptId]);
    }

    /// <summary>
    /// Submits a claim with its receipts (at least one; each type-checked and size-limited). Refused with the reason:
    /// a cost type the agreement does not reimburse, an expense before the degree's start or in the future, a year or
    /// degree whose cap is already used up. Nothing is written when anything is refused.
    /// </summary>
    public async Task<ClaimView> SubmitAsync(EducationViewer viewer, int degreeId, ClaimInput input, IReadOnlyList<UploadedFile> receipts, CancellationToken ct = default)
    {
        var d = await degrees.LoadVisibleAsync(viewer, degreeId, tracked: false, ct);
        if (viewer.EmployeeId != d.EmployeeId && !viewer.Hr) throw new AccessDeniedException(e["Claim.NotYours"]);
        var errors = new FieldErrors();
        var a = d.Agreement;
        if (a is null || d.Status is not (DegreeStatus.Active or DegreeStatus.Conferred)) errors.Add("", e["Claim.NoAgreement"]);
        if (input.CostType is not { } cost || !Enum.IsDefined(cost)) errors.Add(nameof(input.CostType), e["Claim.CostTypeRequired"]);
        else if (a is not null && !a.EligibleCostTypes.Contains(cost))
            errors.Add(nameof(input.CostType), e["Claim.CostTypeIneligible", text.Cost(cost), string.Join(", ", a.EligibleCostTypes.Select(text.Cost))]);
        if (input.Amount is not { } amount || amount <= 0) errors.Add(nameof(input.Amount), e["Claim.AmountRequired"]);
        else if (amount > MaxAmount) errors.Add(nameof(input.Amount), e["Claim.AmountTooLarge", UiCulture.Yuan(MaxAmount)]);
        else if (decimal.Round(amount, 2) != amount) errors.Add(nameof(input.Amount), e["Claim.AmountFen"]);
        var today = clock.Today();
        if (input.ExpenseDate is not { } spent) errors.Add(nameof(input.ExpenseDate), e["Claim.DateRequired"]);
        else if (spent < d.StartDate.AddMonths(-3)) errors.Add(nameof(input.ExpenseDate), e["Claim.DateBeforeStart", EducationText.Date(d.StartDate)]);
        else if (spent > today) errors.Add(nameof(input.ExpenseDate), e["Claim.DateInFuture"]);
        var description = PersonLines.Blank(input.Description);
        errors.RequireOneLine(shared, (nameof(input.Description), description));
        if (description?.Length > 500) errors.Add(nameof(input.Description), e["Common.TooLong", 500]);
        if (receipts.Count == 0) errors.Add("Receipts", e["Claim.ReceiptRequired"]);
        if (receipts.Count > 10) errors.Add("Receipts", e["Claim.TooManyReceipts", 10]);
        var types = receipts.Select(r => EducationFiles.Check(errors, "Receipts", r, e, shared)).ToList();
        if (a is not null && input.ExpenseDate is { } year && !errors.Any)
        {
            var (inYear, inDegree) = await ApprovedSoFarAsync(d.Id, year.Year, null, ct);
            if (inYear >= a.AnnualCap) errors.Add(nameof(input.ExpenseDate), e["Claim.AnnualCapUsed", year.Year, UiCulture.Yuan(a.AnnualCap)]);
            else if (inDegree >= a.DegreeCap) errors.Add(nameof(input.Amount), e["Claim.DegreeCapUsed", UiCulture.Yuan(a.DegreeCap)]);
        }
        errors.ThrowIfAny(e["Claim.Invalid"]);

        var now = clock.GetUtcNow();
        var claim = new TuitionClaim
        {
            DegreeId = d.Id, EmployeeId = d.EmployeeId, CostType = input.CostType!.Value, ExpenseDate = input.ExpenseDate!.Value, Amount = input.Amount!.Value,
            Description = description, Status = ClaimStatus.Submitted, SubmittedOn = today, SubmittedBy = db.CurrentUser.Name,
        };
        for (var i = 0; i < receipts.Count; i++)
            claim.Receipts.Add(new ClaimReceipt { FileName = FileNames.SafeBaseName(receipts[i].FileName), ContentType = types[i]!, Size = receipts[i].Content.Length, Content = receipts[i].Content, UploadedAt = now });
        db.TuitionClaims.Add(claim);
        await db.SaveChangesAsync(ct);
        var manager = await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == d.EmployeeId).Select(x => x.ManagerId).FirstOrDefaultAsync(ct);
        if (manager is { } m)
        {
            await notifier.NotifyEmployeeAsync<EducationResource>(m, "Notify.Claim.Subject", "Notify.Claim.Body", [d.Programme, UiCulture.Yuan(claim.Amount)],
                $"/education/claims/{claim.Id}", $"education-claim:{claim.Id}", ct);
            await db.SaveChangesAsync(ct);
        }
        return await GetAsync(viewer, claim.Id, ct);
    }

    /// <summary>Approved (or paid) reimbursements of the degree so far: in the given year, and in all.</summary>
    private async Task<(decimal InYear, decimal InDegree)> ApprovedSoFarAsync(int degreeId, int year, int? exceptClaim, CancellationToken ct)
    {
        var counted = await db.TuitionClaims.AsNoTracking()
            .Where(c => c.DegreeId == degreeId && c.Id != exceptClaim && (c.Status == ClaimStatus.Approved || c.Status == ClaimStatus.PartlyApproved || c.Status == ClaimStatus.Paid))
            .Select(c => new { c.ExpenseDate, c.ApprovedAmount }).ToListAsync(ct);
        // Summed here: SQLite cannot sum decimals in SQL.
        return (counted.Where(c => c.ExpenseDate.Year == year).Sum(c => c.ApprovedAmount ?? 0m), counted.Sum(c => c.ApprovedAmount ?? 0m));
    }

    /// <summary>The line manager (anyone above the person; or an administrator) approves or rejects.</summary>
    public async Task<ClaimView> ManagerDecideAsync(EducationViewer viewer, int id, DecisionInput input, CancellationToken ct = default)
    {
        var c = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        if (!viewer.Admin && !await access.IsLineManagerOfAsync(viewer, c.EmployeeId, ct)) throw new AccessDeniedException(e["Claim.NotLineManager"]);
        var note = CheckDecision(c, ClaimStatus.Submitted, input);
        c.Status = input.Approve ? ClaimStatus.ManagerApproved : ClaimStatus.Rejected;
        c.ManagerBy = db.CurrentUser.Name;
        c.ManagerOn = clock.Today();
        c.DecisionNote = note;
        Audit(c, "Manager", input.Approve ? "Approved" : "Rejected", note);
        if (input.Approve)
            await notifier.NotifyRoleAsync<EducationResource>(Platform.Auth.Roles.ProgramManager, "Notify.ClaimForHr.Subject", "Notify.ClaimForHr.Body",
                [c.Degree!.Programme, UiCulture.Yuan(c.Amount)], $"/education/claims/{c.Id}", $"education-claim-hr:{c.Id}", ct);
        else await NotifyOwnerAsync(c, "Notify.ClaimRejected.Subject", "Notify.ClaimRejected.Body", [UiCulture.Yuan(c.Amount), note ?? ""], ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    /// <summary>
    /// HR's decision. Approving applies the agreement: the reimbursable part (amount × share), cut to what is left
    /// under the year's and the degree's caps — partly approved with the reason; nothing left: refused with the reason.
    /// </summary>
    public async Task<ClaimView> HrDecideAsync(EducationViewer viewer, int id, DecisionInput input, CancellationToken ct = default)
    {
        if (!viewer.Hr) throw new AccessDeniedException(e["Claim.HrOnly"]);
        var c = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        var note = CheckDecision(c, ClaimStatus.ManagerApproved, input);
        c.HrBy = db.CurrentUser.Name;
        c.HrOn = clock.Today();
        c.DecisionNote = note;
        if (!input.Approve)
        {
            c.Status = ClaimStatus.Rejected;
            Audit(c, "HR", "Rejected", note);
            await NotifyOwnerAsync(c, "Notify.ClaimRejected.Subject", "Notify.ClaimRejected.Body", [UiCulture.Yuan(c.Amount), note ?? ""], ct);
        }
        else
        {
            var a = c.Degree!.Agreement!;
            var (inYear, inDegree) = await ApprovedSoFarAsync(c.DegreeId, c.ExpenseDate.Year, c.Id, ct);
            var decision = ClaimCaps.Decide(c.Amount, a.SharePercent, c.ExpenseDate.Year, a.AnnualCap, inYear, a.DegreeCap, inDegree);
            c.Eligible = decision.Eligible;
            c.ApprovedAmount = decision.Approved;
            c.Cap = decision.Cap;
            c.CapLimit = decision.Cap == CapKind.None ? null : decision.CapLimit;
            c.CapAlreadyApproved = decision.Cap == CapKind.None ? null : decision.AlreadyApproved;
            c.Status = decision.Approved <= 0 ? ClaimStatus.Rejected : decision.Cap == CapKind.None ? ClaimStatus.Approved : ClaimStatus.PartlyApproved;
            Audit(c, "HR", c.Status.ToString(), note ?? text.CapReason(c));
            if (c.Status == ClaimStatus.Rejected)
                await NotifyOwnerAsync(c, "Notify.ClaimRejected.Subject", "Notify.ClaimRejected.Body", [UiCulture.Yuan(c.Amount), text.CapReason(c) ?? ""], ct);
            else
            {
                await NotifyOwnerAsync(c, "Notify.ClaimApproved.Subject", "Notify.ClaimApproved.Body", [UiCulture.Yuan(c.ApprovedAmount!.Value), UiCulture.Yuan(c.Amount)], ct);
                await notifier.NotifyRoleAsync<EducationResource>(Platform.Auth.Roles.Finance, "Notify.ClaimToPay.Subject", "Notify.ClaimToPay.Body",
                    [UiCulture.Yuan(c.ApprovedAmount!.Value)], $"/education/claims/{c.Id}", $"education-claim-pay:{c.Id}", ct);
            }
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    /// <summary>Finance records the payment: the date (not in the future) and the amount (at most what was approved).</summary>
    public async Task<ClaimView> PayAsync(EducationViewer viewer, int id, PayInput input, CancellationToken ct = default)
    {
        if (!viewer.Finance) throw new AccessDeniedException(e["Claim.FinanceOnly"]);
        var c = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        var errors = new FieldErrors();
        if (c.Status is not (ClaimStatus.Approved or ClaimStatus.PartlyApproved)) errors.Add("", e["Claim.NotPayable", text.Claim(c.Status)]);
        var amount = input.Amount ?? c.ApprovedAmount ?? 0m;
        if (amount <= 0 || decimal.Round(amount, 2) != amount) errors.Add(nameof(input.Amount), e["Claim.AmountRequired"]);
        else if (c.ApprovedAmount is { } approved && amount > approved) errors.Add(nameof(input.Amount), e["Claim.PayMoreThanApproved", UiCulture.Yuan(approved)]);
        var paidOn = input.PaidOn ?? clock.Today();
        if (paidOn > clock.Today()) errors.Add(nameof(input.PaidOn), e["Claim.PaidInFuture"]);
        else if (paidOn < c.SubmittedOn) errors.Add(nameof(input.PaidOn), e["Claim.PaidBeforeSubmitted"]);
        errors.ThrowIfAny(e["Claim.PayInvalid"]);
        c.Status = ClaimStatus.Paid;
        c.PaidOn = paidOn;
        c.PaidAmount = amount;
        c.PaidBy = db.CurrentUser.Name;
        Audit(c, "Finance", "Paid", amount.ToString(CultureInfo.InvariantCulture));
        await NotifyOwnerAsync(c, "Notify.ClaimPaid.Subject", "Notify.ClaimPaid.Body", [UiCulture.Yuan(amount), EducationText.Date(paidOn)], ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, id, ct);
    }

    private string? CheckDecision(TuitionClaim c, ClaimStatus expected, DecisionInput input)
    {
        var errors = new FieldErrors();
        if (c.Status != expected) errors.Add("", e["Claim.NotAwaiting", text.Claim(c.Status)]);
        var note = PersonLines.Blank(input.Note);
        if (!input.Approve && note is null) errors.Add(nameof(input.Note), e["Common.ReasonRequired"]);
        if (note?.Length > 1000) errors.Add(nameof(input.Note), e["Common.TooLong", 1000]);
        errors.ThrowIfAny(e["Claim.DecisionInvalid"]);
        return note;
    }

    private void Audit(TuitionClaim c, string step, string decision, string? note) =>
        db.RecordAuditEvent("EducationClaimDecision", c.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Step"] = step, ["Decision"] = decision, ["Note"] = note });

    private Task NotifyOwnerAsync(TuitionClaim c, string subject, string body, object?[] args, CancellationToken ct) =>
        notifier.NotifyEmployeeAsync<EducationResource>(c.EmployeeId, subject, body, args, $"/education/claims/{c.Id}", $"education-claim-{subject}:{c.Id}", ct);
}
