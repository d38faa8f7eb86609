using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;
using TalentChain.Modules.Education.Features.Policy;

namespace TalentChain.Modules.Education.Features.Degrees;

/// <summary>Reads degrees as the viewer may see them: the list (own, reports', or all for HR and Finance) and one degree by id (404 otherwise).</summary>
public sealed class DegreeReader(TalentChainDbContext db, EducationAccess access, EducationText text, IStringLocalizer<EducationResource> e, TimeProvider clock, EducationPolicyReader policy)
{
    /// <summary>The reimbursed share the policy gives the person's grade (the agreement form's default).</summary>
    public async Task<decimal> ShareForAsync(int employeeId, CancellationToken ct = default) =>
        await policy.ShareForGradeAsync(await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == employeeId).Select(x => x.Grade).FirstOrDefaultAsync(ct), ct);

    public async Task<List<DegreeRow>> ListAsync(EducationViewer viewer, CancellationToken ct = default)
    {
        var today = clock.Today();
        var chinese = UiCulture.IsChinese;
        var rows = await db.Degrees.AsNoTracking()
            .Select(d => new
            {
                d.Id, d.EmployeeId, d.Programme, d.Level, d.StartDate, d.ExpectedEnd, d.Status,
                Uni = d.University!.Name, UniZh = d.University.NameZh,
                Overdue = d.Milestones.Count(m => m.CompletedOn == null && m.DueDate < today),
            }).ToListAsync(ct);
        var visible = await access.VisibleAmongAsync(viewer, [.. rows.Select(r => r.EmployeeId).Distinct()], ct);
        rows = [.. rows.Where(r => visible.Contains(r.EmployeeId))];
        var people = await PersonLines.LoadAsync(db, rows.Select(r => r.EmployeeId), ct);
        return [.. rows.OrderBy(r => r.Status).ThenBy(r => people[r.EmployeeId].EmployeeNumber, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new DegreeRow(r.Id, r.EmployeeId, people[r.EmployeeId].EmployeeNumber, people[r.EmployeeId].Name, people[r.EmployeeId].Unit,
                UiCulture.Pick(r.Uni, r.UniZh, chinese), r.Level, text.Level(r.Level), r.Programme, r.StartDate, r.ExpectedEnd, r.Status, text.Status(r.Status), r.Status == DegreeStatus.Active ? r.Overdue : 0))];
    }

    /// <summary>The degree, or 404 when it does not exist or the viewer may not see it.</summary>
    public async Task<Degree> LoadVisibleAsync(EducationViewer viewer, int id, bool tracked, CancellationToken ct = default)
    {
        var q = db.Degrees.Include(d => d.Agreement).Include(d => d.Milestones).ThenInclude(m => m.Evidence).Include(d => d.University).AsSplitQuery();
        var d = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !await access.MaySeeAsync(viewer, d.EmployeeId, ct)) throw new NotFoundException(e["Degree.NotFound", id]);
        return d;
    }

    public async Task<DegreeView> GetAsync(EducationViewer viewer, int id, CancellationToken ct = default)
    {
        var d = await LoadVisibleAsync(viewer, id, tracked: false, ct);
        var today = clock.Today();
        var person = (await PersonLines.LoadAsync(db, [d.EmployeeId], ct))[d.EmployeeId];
        var claims = await db.TuitionClaims.AsNoTracking().Where(c => c.DegreeId == id).Select(c => new { c.Status, c.ApprovedAmount, c.PaidAmount }).ToListAsync(ct);
        var approved = claims.Where(c => c.Status is ClaimStatus.Approved or ClaimStatus.PartlyApproved or ClaimStatus.Paid).Sum(c => c.ApprovedAmount ?? 0m);
        var paid = claims.Where(c => c.Status == ClaimStatus.Paid).Sum(c => c.PaidAmount ?? 0m);
        var self = viewer.EmployeeId == d.EmployeeId;
        var manager = await access.IsLineManagerOfAsync(viewer, d.EmployeeId, ct);
        var running = d.Status is DegreeStatus.Active or DegreeStatus.Conferred;
        var can = new DegreeActions(
            ManagerDecide: d.Status == DegreeStatus.Applied && (manager || viewer.Admin),
            CreateAgreement: d.Status == DegreeStatus.ManagerApproved && viewer.Hr,
            UpdateMilestones: d.Status == DegreeStatus.Active && (self || viewer.Hr),
            RescheduleMilestones: d.Status == DegreeStatus.Active && viewer.Hr,
            SubmitClaim: running && (self || viewer.Hr));
        var a = d.Agreement;
        AgreementView? agreement = a is null ? null : new AgreementView(a.AnnualCap, a.DegreeCap, a.SharePercent, a.EligibleCostTypes, [.. a.EligibleCostTypes.Select(text.Cost)],
            a.ServiceYears, ServiceStartOf(d), ServiceStartOf(d)?.AddYears(a.ServiceYears), a.SignedOn, a.SignedBy);
        return new DegreeView(d.Id, person, d.UniversityId, d.University!.DisplayName(UiCulture.IsChinese), d.Programme, d.Level, text.Level(d.Level), d.StartDate, d.ExpectedEnd,
            d.Status, text.Status(d.Status), d.AppliedOn, d.AppliedBy, d.ManagerDecisionBy, d.ManagerDecisionOn, d.DecisionNote, d.ConferredOn, d.Version, agreement,
            [.. d.Milestones.OrderBy(m => m.Kind).Select(m => View(m, today))], approved, paid, can);
    }

    public MilestoneView View(Milestone m, DateOnly today) => new(m.Id, m.Kind, text.Milestone(m.Kind), m.DueDate, m.CompletedOn, m.CompletedBy, m.Note,
        m.IsOverdue(today), m.IsOverdue(today) ? today.DayNumber - m.DueDate.DayNumber : 0,
        [.. m.Evidence.OrderBy(x => x.Id).Select(x => new FileView(x.Id, x.FileName, x.ContentType, x.Size, x.UploadedAt))], m.Version);

    /// <summary>The service period starts on the agreed date, else when the degree is conferred (null: not yet).</summary>
    public static DateOnly? ServiceStartOf(Degree d) => d.Agreement?.ServiceStart ?? d.ConferredOn;
}

/// <summary>A participant applies for their own degree; HR may apply for anyone. The line manager is asked to decide.</summary>
public sealed class ApplyForDegree(TalentChainDbContext db, DegreeReader reader, IStringLocalizer<EducationResource> e, IStringLocalizer<SharedResource> shared, TimeProvider clock, INotifier notifier)
{
    public async Task<DegreeView> ApplyAsync(EducationViewer viewer, ApplyInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.EmployeeNumber), input.EmployeeNumber), (nameof(input.Programme), input.Programme));
        int? employeeId = null;
        var number = PersonLines.Blank(input.EmployeeNumber);
        if (number is null)
        {
            if (viewer.EmployeeId is { } own) employeeId = own;
            else errors.Add(nameof(input.EmployeeNumber), e["Degree.EmployeeRequired"]);
        }
        else
        {
            var person = await db.EmployeeRefs.AsNoTracking().Where(x => x.EmployeeNumber == number).Select(x => new { x.Id, x.Status }).FirstOrDefaultAsync(ct);
            if (person is null || person.Status != EmployeeStatus.Active) errors.Add(nameof(input.EmployeeNumber), e["Degree.UnknownEmployee", number]);
            else if (person.Id != viewer.EmployeeId && !viewer.Hr) throw new AccessDeniedException(e["Degree.ApplyForOthers"]);
            else employeeId = person.Id;
        }
        if (input.UniversityId is not { } uni || !await db.Universities.AnyAsync(u => u.Id == uni, ct)) errors.Add(nameof(input.UniversityId), e["Degree.UniversityRequired"]);
        var programme = PersonLines.Blank(input.Programme);
        if (programme is null) errors.Add(nameof(input.Programme), e["Degree.ProgrammeRequired"]);
        else if (programme.Length > 200) errors.Add(nameof(input.Programme), e["Common.TooLong", 200]);
        if (input.Level is not { } level || !Enum.IsDefined(level)) errors.Add(nameof(input.Level), e["Degree.LevelRequired"]);
        if (input.StartDate is null) errors.Add(nameof(input.StartDate), e["Degree.StartRequired"]);
        if (input.ExpectedEnd is null) errors.Add(nameof(input.ExpectedEnd), e["Degree.EndRequired"]);
        else if (input.StartDate is { } s && input.ExpectedEnd <= s) errors.Add(nameof(input.ExpectedEnd), e["Degree.EndBeforeStart"]);
        else if (input.StartDate is { } s2 && input.ExpectedEnd > s2.AddYears(8)) errors.Add(nameof(input.ExpectedEnd), e["Degree.TooLong", 8]);
        errors.ThrowIfAny(e["Degree.Invalid"]);

        var degree = new Degree
        {
            EmployeeId = employeeId!.Value, UniversityId = input.UniversityId!.Value, Programme = programme!, Level = input.Level!.Value,
            StartDate = input.StartDate!.Value, ExpectedEnd = input.ExpectedEnd!.Value, Status = DegreeStatus.Applied,
            AppliedOn = clock.Today(), AppliedBy = db.CurrentUser.Name,
        };
        db.Degrees.Add(degree);
        await db.SaveChangesAsync(ct);
        var manager = await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == degree.EmployeeId).Select(x => x.ManagerId).FirstOrDefaultAsync(ct);
        var name = await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == degree.EmployeeId).Select(x => new { x.GivenName, x.FamilyName, x.ChineseName }).FirstAsync(ct);
        if (manager is { } m)
        {
            await notifier.NotifyEmployeeAsync<EducationResource>(m, "Notify.Applied.Subject", "Notify.Applied.Body",
                [PersonName.Full(name.GivenName, name.FamilyName, name.ChineseName), programme], $"/education/degrees/{degree.Id}", $"education-applied:{degree.Id}", ct);
            await db.SaveChangesAsync(ct);
        }
        return await reader.GetAsync(viewer, degree.Id, ct);
    }
}

/// <summary>The line manager (anyone above the person; or an administrator) approves or rejects the application.</summary>
public sealed class DecideDegree(TalentChainDbContext db, DegreeReader reader, EducationAccess access, IStringLocalizer<EducationResource> e, TimeProvider clock, INotifier notifier)
{
    public async Task<DegreeView> DecideAsync(EducationViewer viewer, int id, DecisionInput input, CancellationToken ct = default)
    {
        var d = await reader.LoadVisibleAsync(viewer, id, tracked: true, ct);
        if (!viewer.Admin && !await access.IsLineManagerOfAsync(viewer, d.EmployeeId, ct)) throw new AccessDeniedException(e["Degree.NotLineManager"]);
        var errors = new FieldErrors();
        if (d.Status != DegreeStatus.Applied) errors.Add("", e["Degree.NotAwaitingManager"]);
        var note = PersonLines.Blank(input.Note);
        if (!input.Approve && note is null) errors.Add(nameof(input.Note), e["Common.ReasonRequired"]);
        if (note?.Length > 1000) errors.Add(nameof(input.Note), e["Common.TooLong", 1000]);
        errors.ThrowIfAny(e["Degree.DecisionInvalid"]);
        d.Status = input.Approve ? DegreeStatus.ManagerApproved : DegreeStatus.Rejected;
        d.ManagerDecisionBy = db.CurrentUser.Name;
        d.ManagerDecisionOn = clock.Today();
        d.DecisionNote = note;
        db.RecordAuditEvent("EducationDegreeDecision", d.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Decision"] = input.Approve ? "Approved" : "Rejected", ["Note"] = note });
        if (input.Approve)
            await notifier.NotifyRoleAsync<EducationResource>(Platform.Auth.Roles.ProgramManager, "Notify.ManagerApproved.Subject", "Notify.ManagerApproved.Body",
                [d.Programme], $"/education/degrees/{d.Id}", $"education-manager-approved:{d.Id}", ct);
        await notifier.NotifyEmployeeAsync<EducationResource>(d.EmployeeId, input.Approve ? "Notify.DegreeApproved.Subject" : "Notify.DegreeRejected.Subject",
            input.Approve ? "Notify.DegreeApproved.Body" : "Notify.DegreeRejected.Body", [d.Programme, note ?? ""], $"/education/degrees/{d.Id}", $"education-decided:{d.Id}", ct);
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(viewer, id, ct);
    }
}

/// <summary>
/// HR signs the training agreement (定向培养协议) for a degree the line manager approved: caps, share by grade, eligible
/// cost types and service commitment default to the policy; the degree's milestones are laid out from its dates.
/// </summary>
public sealed class CreateAgreement(TalentChainDbContext db, DegreeReader reader, EducationPolicyReader policies, IStringLocalizer<EducationResource> e, TimeProvider clock, INotifier notifier)
{
    public async Task<DegreeView> CreateAsync(EducationViewer viewer, int id, AgreementInput input, CancellationToken ct = default)
    {
        if (!viewer.Hr) throw new AccessDeniedException(e["Agreement.HrOnly"]);
        var d = await reader.LoadVisibleAsync(viewer, id, tracked: true, ct);
        var policy = await policies.PolicyAsync(ct);
        var grade = await db.EmployeeRefs.AsNoTracking().Where(x => x.Id == d.EmployeeId).Select(x => x.Grade).FirstAsync(ct);
        var (annual, total, years) = policy.For(d.Level);
        var errors = new FieldErrors();
        if (d.Status != DegreeStatus.ManagerApproved) errors.Add("", d.Agreement is null ? e["Agreement.NotApproved"] : e["Agreement.Exists"]);
        var annualCap = input.AnnualCap ?? annual;
        var degreeCap = input.DegreeCap ?? total;
        var share = input.SharePercent ?? await policies.ShareForGradeAsync(grade, ct);
        var serviceYears = input.ServiceYears ?? years;
        var costs = input.EligibleCostTypes?.Distinct().ToList() ?? [.. policy.EligibleCostTypes];
        if (annualCap <= 0 || annualCap > 1_000_000m || decimal.Round(annualCap, 2) != annualCap) errors.Add(nameof(input.AnnualCap), e["Agreement.CapInvalid"]);
        if (degreeCap <= 0 || degreeCap > 5_000_000m || decimal.Round(degreeCap, 2) != degreeCap) errors.Add(nameof(input.DegreeCap), e["Agreement.CapInvalid"]);
        else if (degreeCap < annualCap) errors.Add(nameof(input.DegreeCap), e["Agreement.DegreeCapBelowAnnual"]);
        if (share is <= 0 or > 100) errors.Add(nameof(input.SharePercent), e["Agreement.ShareInvalid"]);
        if (serviceYears is < 1 or > 10) errors.Add(nameof(input.ServiceYears), e["Agreement.YearsInvalid"]);
        if (costs.Count == 0 || costs.Any(c => !Enum.IsDefined(c))) errors.Add(nameof(input.EligibleCostTypes), e["Agreement.CostsRequired"]);
        if (input.ServiceStart is { } ss && ss < d.StartDate) errors.Add(nameof(input.ServiceStart), e["Agreement.ServiceStartBeforeDegree"]);
        errors.ThrowIfAny(e["Agreement.Invalid"]);

        d.Agreement = new Agreement
        {
            DegreeId = d.Id, AnnualCap = annualCap, DegreeCap = degreeCap, SharePercent = share, EligibleCostTypes = costs, ServiceYears = serviceYears,
            ServiceStart = input.ServiceStart, SignedOn = clock.Today(), SignedBy = db.CurrentUser.Name,
        };
        d.Status = DegreeStatus.Active;
        foreach (var m in DefaultMilestones(d.StartDate, d.ExpectedEnd)) d.Milestones.Add(m);
        db.RecordAuditEvent("EducationAgreement", d.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["AnnualCap"] = annualCap.ToString(CultureInfo.InvariantCulture), ["DegreeCap"] = degreeCap.ToString(CultureInfo.InvariantCulture),
            ["SharePercent"] = share.ToString(CultureInfo.InvariantCulture), ["ServiceYears"] = serviceYears.ToString(CultureInfo.InvariantCulture),
        });
        await notifier.NotifyEmployeeAsync<EducationResource>(d.EmployeeId, "Notify.Agreement.Subject", "Notify.Agreement.Body",
            [d.Programme, serviceYears], $"/education/degrees/{d.Id}", $"education-agreement:{d.Id}", ct);
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(viewer, id, ct);
    }

    /// <summary>Due dates spread over the degree: admission at the start, the degree conferred at the expected end.</summary>
    public static IEnumerable<Milestone> DefaultMilestones(DateOnly start, DateOnly end)
    {
        var span = end.DayNumber - start.DayNumber;
        (MilestoneKind Kind, double At)[] plan = [(MilestoneKind.Admission, 0), (MilestoneKind.Coursework, 0.35), (MilestoneKind.Proposal, 0.45),
            (MilestoneKind.MidTerm, 0.6), (MilestoneKind.Defence, 0.92), (MilestoneKind.DegreeConferred, 1)];
        return plan.Select(p => new Milestone { Kind = p.Kind, DueDate = start.AddDays((int)Math.Round(span * p.At)) });
    }
}
