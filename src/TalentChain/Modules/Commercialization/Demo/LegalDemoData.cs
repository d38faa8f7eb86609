using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Commercialization.Demo;

/// <summary>
/// Legal advisory (法务咨询), dated from today: an answered freedom-to-operate opinion on the PCT family's disclosure (无异议);
/// the German licence contract reviewed (附条件可行); an infringement analysis in progress, due in 6 days; and a transfer
/// contract review overdue by 3 days. Counsel is the employee of counsel@talentchain.demo; the office files. Skipped when
/// any legal request exists. Deterministic.
/// </summary>
internal sealed class LegalDemoData(TimeProvider clock) : IDemoDataContributor
{
    /// <summary>After the deals (950): the German licence project must exist.</summary>
    public int Order => 960;

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        if (await db.LegalRequests.AnyAsync(ct)) return;
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var office = run.AccountEmployees.GetValueOrDefault(Roles.TechTransferOfficer);
        var counsel = run.AccountEmployees.GetValueOrDefault(Roles.IpCounsel);
        if (office == 0 || counsel == 0) return;
        const string officer = "tto" + DemoSeeder.EmailDomain;
        const string lawyer = "counsel" + DemoSeeder.EmailDomain;
        var pct = await db.PatentFamilies.AsNoTracking().Where(f => f.Filings.Any(x => x.Kind == FilingKind.PctInternational)).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.DisclosureId }).FirstOrDefaultAsync(ct);
        var granted = await db.PatentFamilies.AsNoTracking().Where(f => f.Filings.Any(x => x.Status == FilingStatus.Granted && x.Kind == FilingKind.Invention)).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.DisclosureId }).FirstOrDefaultAsync(ct);
        var german = await db.ConversionProjects.AsNoTracking().Where(p => p.CountryCode == "DE").OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var own = await db.ConversionProjects.AsNoTracking().Where(p => p.Route == DealKind.OwnImplementation).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

        LegalRequest Request(LegalRequestKind kind, string question, int daysAgo, int dueIn) => new()
        {
            Kind = kind, Question = question, RequestedByEmployeeId = office, RequestedBy = officer, RequestedAt = now.AddDays(-daysAgo), DueOn = today.AddDays(dueIn),
            CounselEmployeeId = counsel, Status = LegalRequestStatus.InProgress,
        };
        var list = new List<LegalRequest>();
        if (pct is not null)
        {
            var fto = Request(LegalRequestKind.FreedomToOperate,
                "拟在欧洲、美国进入国家阶段并实施废旧磁体回收工艺，请就该工艺在目标市场的自由实施（FTO）风险出具意见，重点检索日立金属、TDK 相关专利。", 45, -10);
            (fto.DisclosureId, fto.PatentFamilyId, fto.Status, fto.Conclusion, fto.AnsweredAt, fto.AnsweredBy) =
                (pct.DisclosureId, pct.Id, LegalRequestStatus.Answered, LegalConclusion.NoObjection, now.AddDays(-14), lawyer);
            fto.Outcome = "经检索欧洲、美国有效专利 37 件，其中 3 件权利要求与本工艺相关，经逐项比对，本工艺的酸浸条件和萃取体系均未落入其保护范围。结论：无异议，可按计划进入国家阶段并实施。";
            list.Add(fto);
        }
        if (german is { } g)
        {
            var review = Request(LegalRequestKind.LicenceReview,
                "请审查与 Magnetwerk Hanau GmbH 的晶界扩散技术许可合同草案（LIC 第 0003 号），重点关注许可范围、改进技术归属、技术出口管制条款及争议解决。", 20, -8);
            (review.ConversionProjectId, review.Status, review.Conclusion, review.AnsweredAt, review.AnsweredBy) =
                (g, LegalRequestStatus.Answered, LegalConclusion.ProceedWithConditions, now.AddDays(-9), lawyer);
            review.Outcome = "合同可签署，但须满足以下条件：1. 改进技术归属改为双方共有并由我方优先受让；2. 增加以取得技术出口许可证为生效条件的条款；3. 争议解决改为中国国际经济贸易仲裁委员会仲裁。";
            list.Add(review);
        }
        if (granted is not null)
        {
            var infringement = Request(LegalRequestKind.Infringement,
                "市场上发现某公司销售的烧结钕铁硼磁体疑似使用我方晶界扩散专利方法，请进行侵权比对分析并提出维权建议。", 9, 6);
            (infringement.DisclosureId, infringement.PatentFamilyId) = (granted.DisclosureId, granted.Id);
            list.Add(infringement);
        }
        var transfer = Request(LegalRequestKind.TransferReview,
            "中试线低镝磁体工艺拟向子公司转让，请审查转让合同草案的价款条款、权利瑕疵担保与后续改进约定。", 13, -3);
        transfer.ConversionProjectId = own;
        list.Add(transfer);
        db.LegalRequests.AddRange(list);
        await db.SaveChangesAsync(ct);
    }
}
