using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Features.Policy;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Education.Demo;

/// <summary>
/// The education story, dated from today: the demo participant two years into a PhD with the mid-term assessment about
/// three weeks overdue; a master's student in the demo line manager's team with paid claims, one claim waiting for HR
/// and one partly approved over the year's cap; and the engineer who has resigned (Knowledge's open departure) owing a
/// pro-rata repayment of reimbursed tuition under a three-year service commitment. Deterministic: no random choices.
/// </summary>
internal sealed class EducationDemoData(TimeProvider clock) : IDemoDataContributor
{
    public int Order => 500;

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var policy = EducationPolicyReader.Default();
        db.EducationPolicies.Add(policy);
        foreach (var band in EducationPolicyReader.DefaultBands()) db.ShareBands.Add(band);
        University Uni(string name, string zh, string city, params (string Name, string Zh, string Field)[] profs)
        {
            var u = new University { Name = name, NameZh = zh, City = city };
            foreach (var p in profs) u.Professors.Add(new Professor { Name = p.Name, NameZh = p.Zh, Field = p.Field });
            db.Universities.Add(u);
            return u;
        }
        var imust = Uni("Inner Mongolia University of Science and Technology", "内蒙古科技大学", "Baotou", ("Zhang Wei", "张伟", "Permanent-magnet materials"));
        var pku = Uni("Peking University", "北京大学", "Beijing", ("Li Na", "李娜", "Rare-earth separation chemistry"));
        Uni("Jiangxi University of Science and Technology", "江西理工大学", "Ganzhou", ("Chen Hao", "陈浩", "Rare-earth recycling"));
        Uni("Tsinghua University", "清华大学", "Beijing", ("Wang Jun", "王军", "Technology commercialisation"));
        await db.SaveChangesAsync(ct);

        async Task<decimal> ShareAsync(int employeeId)
        {
            var grade = await db.EmployeeRefs.Where(e => e.Id == employeeId).Select(e => e.Grade).FirstAsync(ct);
            return EducationPolicyReader.DefaultBands().FirstOrDefault(b => grade >= b.MinGrade && grade <= b.MaxGrade)?.SharePercent ?? 60m;
        }
        Degree NewDegree(int employeeId, University u, string programme, DegreeLevel level, DateOnly start, DateOnly end, decimal share, DegreeStatus status)
        {
            var (annual, total, years) = policy.For(level);
            var d = new Degree
            {
                EmployeeId = employeeId, UniversityId = u.Id, Programme = programme, Level = level, StartDate = start, ExpectedEnd = end, Status = status,
                AppliedOn = start.AddMonths(-3), AppliedBy = "demo", ManagerDecisionBy = "demo", ManagerDecisionOn = start.AddMonths(-3).AddDays(5),
                Agreement = new Agreement
                {
                    AnnualCap = annual, DegreeCap = total, SharePercent = share, EligibleCostTypes = [.. policy.EligibleCostTypes], ServiceYears = years,
                    SignedOn = start.AddMonths(-2), SignedBy = "demo",
                },
            };
            foreach (var m in CreateAgreement.DefaultMilestones(start, end)) d.Milestones.Add(m);
            db.Degrees.Add(d);
            return d;
        }
        // A claim decided as HR's decision would decide it (the caps applied in date order), optionally paid.
        var approvedSoFar = new Dictionary<Degree, List<(int Year, decimal Amount)>>();
        TuitionClaim Claim(Degree d, CostType cost, DateOnly spent, decimal eligibleTarget, ClaimStatus status, string description)
        {
            var a = d.Agreement!;
            var amount = Math.Round(eligibleTarget * 100m / a.SharePercent, 2, MidpointRounding.AwayFromZero);
            var c = new TuitionClaim
            {
                EmployeeId = d.EmployeeId, CostType = cost, ExpenseDate = spent, Amount = amount, Description = description, Status = ClaimStatus.Submitted,
                SubmittedOn = spent.AddDays(3), SubmittedBy = "demo",
            };
            c.Receipts.Add(new ClaimReceipt { FileName = $"receipt-{spent:yyyyMMdd}.pdf", ContentType = "application/pdf", Content = DemoPdf(description), Size = DemoPdf(description).Length, UploadedAt = now });
            if (status != ClaimStatus.Submitted) (c.Status, c.ManagerBy, c.ManagerOn) = (ClaimStatus.ManagerApproved, "demo", spent.AddDays(6));
            if (status is ClaimStatus.Approved or ClaimStatus.PartlyApproved or ClaimStatus.Paid)
            {
                var history = approvedSoFar.TryGetValue(d, out var h) ? h : approvedSoFar[d] = [];
                var decision = ClaimCaps.Decide(amount, a.SharePercent, spent.Year, a.AnnualCap, history.Where(x => x.Year == spent.Year).Sum(x => x.Amount), a.DegreeCap, history.Sum(x => x.Amount));
                (c.Eligible, c.ApprovedAmount, c.Cap, c.HrBy, c.HrOn) = (decision.Eligible, decision.Approved, decision.Cap, "demo", spent.AddDays(12));
                if (decision.Cap != CapKind.None) (c.CapLimit, c.CapAlreadyApproved) = (decision.CapLimit, decision.AlreadyApproved);
                c.Status = decision.Cap == CapKind.None ? ClaimStatus.Approved : ClaimStatus.PartlyApproved;
                history.Add((spent.Year, decision.Approved));
                if (status == ClaimStatus.Paid) (c.Status, c.PaidOn, c.PaidAmount, c.PaidBy) = (ClaimStatus.Paid, spent.AddDays(25), decision.Approved, "demo");
            }
            c.DegreeId = d.Id;
            db.TuitionClaims.Add(c);
            return c;
        }

        // 1. The demo participant: two years into a PhD, mid-term assessment three weeks overdue.
        if (run.AccountEmployees.TryGetValue(Roles.Participant, out var participant))
        {
            var start = today.AddYears(-2);
            var phd = NewDegree(participant, pku, "无机化学博士（稀土分离方向）", DegreeLevel.Doctorate, start, start.AddYears(4), await ShareAsync(participant), DegreeStatus.Active);
            var ms = phd.Milestones.ToDictionary(m => m.Kind);
            (ms[MilestoneKind.Admission].CompletedOn, ms[MilestoneKind.Admission].DueDate) = (start, start);
            (ms[MilestoneKind.Coursework].DueDate, ms[MilestoneKind.Coursework].CompletedOn) = (start.AddMonths(12), start.AddMonths(12).AddDays(-9));
            (ms[MilestoneKind.Proposal].DueDate, ms[MilestoneKind.Proposal].CompletedOn) = (start.AddMonths(18), start.AddMonths(18).AddDays(-4));
            ms[MilestoneKind.MidTerm].DueDate = today.AddDays(-21);
            foreach (var m in ms.Values.Where(m => m.CompletedOn is not null)) m.CompletedBy = "demo";
            await db.SaveChangesAsync(ct);
            Claim(phd, CostType.Tuition, start.AddDays(7), 10_000m, ClaimStatus.Paid, "第一学年学费");
            Claim(phd, CostType.Tuition, start.AddYears(1).AddDays(7), 10_000m, ClaimStatus.Paid, "第二学年学费");
        }

        // 2. A master's student in the demo line manager's team: paid claims, one waiting for HR, one partly approved over the year's cap.
        var manager = run.AccountEmployees.GetValueOrDefault(Roles.LineManager);
        var accounts = run.AccountEmployees.Values.ToHashSet();
        var student = manager == 0 ? 0 : await db.EmployeeRefs.AsNoTracking().Where(e => e.ManagerId == manager && e.Status == EmployeeStatus.Active)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(e => !accounts.Contains(e), ct);
        if (student != 0)
        {
            var start = today.AddMonths(-15);
            var year = today.AddDays(-45).Year;
            var master = NewDegree(student, imust, "材料工程硕士（永磁材料方向）", DegreeLevel.Master, start, start.AddYears(3), await ShareAsync(student), DegreeStatus.Active);
            foreach (var m in master.Milestones.Where(m => m.DueDate < today)) (m.CompletedOn, m.CompletedBy) = (m.DueDate.AddDays(-3), "demo");
            await db.SaveChangesAsync(ct);
            Claim(master, CostType.Registration, start.AddDays(10), 2_000m, ClaimStatus.Paid, "注册费");
            Claim(master, CostType.Tuition, start.AddDays(12), 12_000m, ClaimStatus.Paid, "第一学期学费");
            Claim(master, CostType.Tuition, new DateOnly(year, 1, 10), 24_000m, ClaimStatus.Paid, "学年学费");
            Claim(master, CostType.ThesisFee, today.AddDays(-45), 9_000m, ClaimStatus.Approved, "实验及论文费用");
            // Bought last December, claimed this month: it counts against last year's cap, which has room.
            var waiting = Claim(master, CostType.Textbooks, new DateOnly(year - 1, 12, 20), 1_280m, ClaimStatus.ManagerApproved, "教材：《磁学与磁性材料》");
            (waiting.SubmittedOn, waiting.ManagerOn) = (today.AddDays(-6), today.AddDays(-2));
        }

        // 3. The engineer who has resigned (Knowledge's open departure): master's conferred 14 months ago, three years' service, leaving early.
        var departure = await db.DepartureRefs.AsNoTracking().Where(d => d.CompletedOn == null && d.LastDay >= today).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        if (departure is not null && !accounts.Contains(departure.EmployeeId))
        {
            var conferred = today.AddMonths(-14);
            var start = conferred.AddYears(-3);
            var leaver = NewDegree(departure.EmployeeId, pku, "化学硕士（溶剂萃取方向）", DegreeLevel.Master, start, conferred, await ShareAsync(departure.EmployeeId), DegreeStatus.Conferred);
            leaver.ConferredOn = conferred;
            foreach (var m in leaver.Milestones) (m.CompletedOn, m.CompletedBy) = (m.Kind == MilestoneKind.DegreeConferred ? conferred : m.DueDate, "demo");
            await db.SaveChangesAsync(ct);
            Claim(leaver, CostType.Tuition, start.AddDays(10), 20_000m, ClaimStatus.Paid, "第一学年学费");
            Claim(leaver, CostType.Tuition, start.AddYears(1).AddDays(10), 20_000m, ClaimStatus.Paid, "第二学年学费");
            Claim(leaver, CostType.ThesisFee, start.AddYears(2).AddDays(10), 8_000m, ClaimStatus.Paid, "论文答辩费");
            await db.SaveChangesAsync(ct);
            var paid = await db.TuitionClaims.Where(c => c.DegreeId == leaver.Id && c.Status == ClaimStatus.Paid).Select(c => c.PaidAmount).ToListAsync(ct);
            var f = ClawbackCalculator.Compute(paid.Sum(p => p ?? 0m), conferred, leaver.Agreement!.ServiceYears, departure.LastDay);
            db.ClawbackCases.Add(new ClawbackCase
            {
                DegreeId = leaver.Id, EmployeeId = leaver.EmployeeId, DepartureId = departure.Id, LastDay = departure.LastDay, ReimbursedTotal = f.Reimbursed,
                ServiceStart = f.ServiceStart, ServiceEnd = f.ServiceEnd, TotalDays = f.TotalDays, RemainingDays = f.RemainingDays, Amount = f.Amount,
                Status = ClawbackStatus.Open, OpenedOn = today,
            });
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>A one-page PDF standing in for a scanned receipt.</summary>
    private static byte[] DemoPdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% demo receipt: {new string([.. text.Where(char.IsAscii)])}\n%%EOF\n");
}
