using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Evaluations;

/// <summary>Open an evaluation with committee members (employee numbers; not inventors of the disclosure).</summary>
public sealed record OpenEvaluationInput(List<string>? MemberNumbers);

/// <summary>One member's scores: novelty 1–5, TRL 1–9, market 1–5, strategic fit 1–5, comment.</summary>
public sealed record ScoreInput(int? Novelty, int? Trl, int? Market, int? StrategicFit, string? Comment);

/// <summary>The office's decision with reasons; for a trade secret the extra holders (employee numbers), legal basis and end date.</summary>
public sealed record DecisionInput(DisclosureDecision? Decision, string? Reasons, List<string>? ExtraHolderNumbers = null, string? LegalBasis = null, DateOnly? SecretUntil = null);

public sealed record MemberScoreView(int EmployeeId, string Name, int? Novelty, int? Trl, int? Market, int? StrategicFit, string? Comment, DateTimeOffset? ScoredAt);

public sealed record EvaluationView(int Id, int DisclosureId, string DisclosureNumber, List<MemberScoreView> Members, decimal? MeanNovelty, decimal? MeanTrl,
    decimal? MeanMarket, decimal? MeanStrategicFit, DisclosureDecision? Decision, string? DecisionName, string? Reasons, DateTimeOffset? DecidedAt, string? DecidedBy,
    string? TradeSecretLink, int? PatentFamilyId, bool CanScore, bool CanDecide);

/// <summary>Evaluation (成果评估): the office names the committee, members score, the office decides (patent, trade secret, publish, drop).</summary>
public sealed class EvaluationHandlers(TalentChainDbContext db, CommercializationAccess access, CommercializationText text, ICriticalTechnologyRegister register,
    PatentHandlers patents, INotifier notifier, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public async Task<EvaluationView> GetAsync(CommercializationViewer v, int disclosureId, CancellationToken ct = default)
    {
        if (!await access.MayReadFullAsync(v, disclosureId, ct)) throw new NotFoundException(t["Disclosure.NotFound", disclosureId]);
        var e = await db.Evaluations.AsNoTracking().Include(x => x.Disclosure).Include(x => x.Members).ThenInclude(m => m.Employee)
            .FirstOrDefaultAsync(x => x.DisclosureId == disclosureId, ct) ?? throw new NotFoundException(t["Evaluation.NotFound"]);
        var chinese = UiCulture.IsChinese;
        var scored = e.Members.Where(m => m.ScoredAt is not null).ToList();
        static decimal? Mean(IEnumerable<int?> xs) { var l = xs.Where(x => x is not null).Select(x => (decimal)x!.Value).ToList(); return l.Count == 0 ? null : decimal.Round(l.Average(), 2); }
        var family = await db.PatentFamilies.AsNoTracking().Where(f => f.DisclosureId == disclosureId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        return new EvaluationView(e.Id, e.DisclosureId, e.Disclosure!.Number,
            [.. e.Members.OrderBy(m => m.Id).Select(m => new MemberScoreView(m.EmployeeId, m.Employee!.DisplayName(chinese), m.Novelty, m.Trl, m.Market, m.StrategicFit, m.Comment, m.ScoredAt))],
            Mean(scored.Select(m => m.Novelty)), Mean(scored.Select(m => m.Trl)), Mean(scored.Select(m => m.Market)), Mean(scored.Select(m => m.StrategicFit)),
            e.Decision, e.Decision is { } d ? text.Decision(d) : null, e.Reasons, e.DecidedAt, e.DecidedBy, e.TradeSecretLink, family,
            e.Decision is null && e.Members.Any(m => m.EmployeeId == v.EmployeeId), e.Decision is null && v.Office);
    }

    public async Task<EvaluationView> OpenAsync(CommercializationViewer v, int disclosureId, OpenEvaluationInput input, CancellationToken ct = default)
    {
        if (!await access.MaySeeDisclosureAsync(v, disclosureId, ct)) throw new NotFoundException(t["Disclosure.NotFound", disclosureId]);
        if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
        var d = await db.Disclosures.Include(x => x.Inventors).FirstAsync(x => x.Id == disclosureId, ct);
        if (d.Status != DisclosureStatus.Submitted) throw ValidationFailedException.For(t["Evaluation.Invalid"], "Status", t["Evaluation.NotSubmitted", d.Number]);
        var errors = new FieldErrors();
        var numbers = (input.MemberNumbers ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        if (numbers.Count == 0) errors.Add("MemberNumbers", t["Evaluation.MembersRequired"]);
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        foreach (var n in numbers)
        {
            var p = people.FirstOrDefault(x => x.EmployeeNumber == n);
            if (p is null) errors.Add("MemberNumbers", t["Disclosure.InventorUnknown", n]);
            else if (d.Inventors.Any(i => i.EmployeeId == p.Id)) errors.Add("MemberNumbers", t["Evaluation.MemberIsInventor", p.DisplayName(chinese), n]);
            else if (p.Status != EmployeeStatus.Active) errors.Add("MemberNumbers", t["Evaluation.MemberInactive", p.DisplayName(chinese), n]);
        }
        errors.ThrowIfAny(t["Evaluation.Invalid"]);
        var e = new Evaluation { DisclosureId = d.Id, OpenedAt = clock.GetUtcNow(), OpenedBy = v.Name, Members = [.. people.Select(p => new EvaluationMember { EmployeeId = p.Id })] };
        db.Evaluations.Add(e);
        d.Status = DisclosureStatus.UnderEvaluation;
        foreach (var p in people)
            await notifier.NotifyEmployeeAsync<CommercializationResource>(p.Id, "Notify.Committee.Subject", "Notify.Committee.Body", [d.Number], $"/commercialization/disclosures/{d.Id}", null, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, disclosureId, ct);
    }

    /// <summary>A committee member records (or changes, until the decision) their one score set.</summary>
    public async Task<EvaluationView> ScoreAsync(CommercializationViewer v, int disclosureId, ScoreInput input, CancellationToken ct = default)
    {
        if (!await access.MaySeeDisclosureAsync(v, disclosureId, ct)) throw new NotFoundException(t["Disclosure.NotFound", disclosureId]);
        var e = await db.Evaluations.Include(x => x.Members).FirstOrDefaultAsync(x => x.DisclosureId == disclosureId, ct) ?? throw new NotFoundException(t["Evaluation.NotFound"]);
        var member = e.Members.FirstOrDefault(m => m.EmployeeId == v.EmployeeId) ?? throw new AccessDeniedException(t["Access.NotMember"]);
        if (e.Decision is not null) throw new AccessDeniedException(t["Evaluation.AlreadyDecided"]);
        var errors = new FieldErrors();
        void Range(string field, int? value, int max, string label)
        {
            if (value is not { } x || x < 1 || x > max) errors.Add(field, t["Evaluation.ScoreRange", t[label], max]);
        }
        Range("Novelty", input.Novelty, 5, "Score.Novelty");
        Range("Trl", input.Trl, 9, "Score.Trl");
        Range("Market", input.Market, 5, "Score.Market");
        Range("StrategicFit", input.StrategicFit, 5, "Score.StrategicFit");
        if (input.Comment?.Length > 2000) errors.Add("Comment", t["Disclosure.TooLong", 2000]);
        errors.ThrowIfAny(t["Evaluation.Invalid"]);
        (member.Novelty, member.Trl, member.Market, member.StrategicFit, member.Comment, member.ScoredAt) =
            (input.Novelty, input.Trl, input.Market, input.StrategicFit, string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, disclosureId, ct);
    }

    /// <summary>
    /// The office decides (reasons required). Publish is refused for a controlled disclosure; FilePatent opens a patent
    /// family draft; TradeSecret registers the secret in Knowledge's register with the inventors (and any extra holders)
    /// as holders — in one transaction with the decision, so both are written or neither.
    /// </summary>
    public async Task<EvaluationView> DecideAsync(CommercializationViewer v, int disclosureId, DecisionInput input, CancellationToken ct = default)
    {
        if (!await access.MaySeeDisclosureAsync(v, disclosureId, ct)) throw new NotFoundException(t["Disclosure.NotFound", disclosureId]);
        if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
        var e = await db.Evaluations.Include(x => x.Disclosure).ThenInclude(d => d!.Inventors).Include(x => x.Disclosure).ThenInclude(d => d!.Technologies)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.DisclosureId == disclosureId, ct) ?? throw new NotFoundException(t["Evaluation.NotFound"]);
        var d = e.Disclosure!;
        if (e.Decision is not null) throw ValidationFailedException.For(t["Evaluation.Invalid"], "Decision", t["Evaluation.AlreadyDecided"]);
        var errors = new FieldErrors();
        if (input.Decision is not { } decision || !Enum.IsDefined(decision)) { errors.Add("Decision", t["Evaluation.DecisionRequired"]); decision = default; }
        var reasons = input.Reasons?.Trim() ?? "";
        if (reasons.Length == 0) errors.Add("Reasons", t["Evaluation.ReasonsRequired"]);
        else if (reasons.Length > 4000) errors.Add("Reasons", t["Disclosure.TooLong", 4000]);
        if (decision == DisclosureDecision.Publish && d.Controlled) errors.Add("Decision", t["Evaluation.PublishControlled"]);
        var holders = d.Inventors.Select(i => i.EmployeeId).ToList();
        if (decision == DisclosureDecision.TradeSecret)
        {
            var extra = (input.ExtraHolderNumbers ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
            var found = await db.EmployeeRefs.AsNoTracking().Where(x => extra.Contains(x.EmployeeNumber)).Select(x => new { x.Id, x.EmployeeNumber }).ToListAsync(ct);
            foreach (var n in extra.Where(n => found.All(f => f.EmployeeNumber != n))) errors.Add("ExtraHolderNumbers", t["Disclosure.InventorUnknown", n]);
            holders.AddRange(found.Select(f => f.Id).Where(id => !holders.Contains(id)));
            if (input.SecretUntil is { } until && until <= clock.Today()) errors.Add("SecretUntil", t["Evaluation.SecretUntilPast"]);
        }
        errors.ThrowIfAny(t["Evaluation.Invalid"]);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        (e.Decision, e.Reasons, e.DecidedAt, e.DecidedBy) = (decision, reasons, now, v.Name);
        (d.Decision, d.DecisionReasons, d.DecidedAt, d.DecidedBy, d.Status) = (decision, reasons, now, v.Name, DisclosureStatus.Decided);
        if (decision == DisclosureDecision.TradeSecret)
        {
            var today = clock.Today();
            var covering = d.Technologies.Count == 0 ? [] : await register.CoveringAsync([.. d.Technologies.Select(x => x.TaxonomyNodeId)], ct);
            var registration = await register.RegisterTradeSecretAsync(new TradeSecretInput("TS-" + d.Number, d.Title, d.TitleZh, (covering.Count > 0 ? covering[0].CriticalTechnologyId : (int?)null),
                d.Abstract, holders, string.IsNullOrWhiteSpace(input.LegalBasis) ? t["Evaluation.DefaultLegalBasis"] : input.LegalBasis.Trim(), today,
                input.SecretUntil ?? today.AddYears(10)), ct);
            (e.TradeSecretDataSetId, e.TradeSecretLink) = (registration.DataSetId, registration.Link);
        }
        if (decision == DisclosureDecision.FilePatent) patents.AddDraftFamily(v, d);
        db.RecordAuditEvent("DisclosureDecision", d.Number, new Dictionary<string, string?>
        {
            ["Decision"] = decision.ToString(), ["Reasons"] = reasons, ["DecidedBy"] = v.Name,
            ["Holders"] = decision == DisclosureDecision.TradeSecret ? string.Join(",", holders.Select(h => h.ToString(CultureInfo.InvariantCulture))) : null,
        });
        foreach (var inventor in d.Inventors)
            await notifier.NotifyEmployeeAsync<CommercializationResource>(inventor.EmployeeId, "Notify.Decided.Subject", "Notify.Decided.Body",
                [d.Number, Both(text.Both("DisclosureDecision." + decision)), reasons], $"/commercialization/disclosures/{d.Id}", null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(v, disclosureId, ct);
    }

    private static string Both((string En, string Zh) s) => s.En == s.Zh ? s.En : $"{s.Zh} / {s.En}";
}
