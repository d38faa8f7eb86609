using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>The policy in force for a kind of deal: the company's newest version, or the statutory default (Art. 45) where there is none.</summary>
public sealed record PolicyView(DealKind Kind, string KindName, decimal Percent, int? Years, decimal StatutoryPercent, int? PolicyVersion, DateOnly? EffectiveFrom,
    string Source, string? Note);

/// <summary>A new version of the company policy for a kind: percent (never below the statutory minimum), years (own implementation, 3–5).</summary>
public sealed record PolicyInput(DealKind? Kind, decimal? Percent, int? Years, DateOnly? EffectiveFrom, string? Note);

/// <summary>Reward policy as data (奖励政策): versioned rows per kind; the statutory floors of Art. 45 where no row exists.</summary>
public sealed class RewardPolicies(TalentChainDbContext db, DealsText text, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public async Task<List<PolicyView>> ListAsync(CancellationToken ct = default)
    {
        var rows = new List<PolicyView>();
        foreach (var kind in Enum.GetValues<DealKind>()) rows.Add(await InForceAsync(kind, ct));
        return rows;
    }

    public async Task<PolicyView> InForceAsync(DealKind kind, CancellationToken ct = default)
    {
        var today = clock.Today();
        var policy = await db.RewardPolicies.AsNoTracking().Where(p => p.Kind == kind && p.EffectiveFrom <= today)
            .OrderByDescending(p => p.PolicyVersion).FirstOrDefaultAsync(ct);
        var statutory = RewardArithmetic.StatutoryMinimumPercent(kind);
        return policy is null
            ? new PolicyView(kind, text.Kind(kind), statutory, RewardArithmetic.StatutoryYears(kind), statutory, null, null, t["Reward.Source.Statutory"], null)
            : new PolicyView(kind, text.Kind(kind), policy.Percent, policy.Years, statutory, policy.PolicyVersion, policy.EffectiveFrom,
                t["Reward.Source.Policy", policy.PolicyVersion], policy.Note);
    }

    public async Task<PolicyView> SetAsync(CommercializationViewer v, PolicyInput input, CancellationToken ct = default)
    {
        if (!v.Office) throw new AccessDeniedException(t["Reward.Error.OfficeOnly"]);
        var errors = new FieldErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) throw ValidationFailedException.For(t["Reward.Error.PolicyTitle"], nameof(PolicyInput.Kind), t["Gtm.Error.Route"]);
        var minimum = RewardArithmetic.StatutoryMinimumPercent(kind);
        if (input.Percent is not { } percent || percent > 100 || percent != Math.Round(percent, 2)) errors.Add(nameof(PolicyInput.Percent), t["Reward.Error.PolicyPercent"]);
        else if (percent < minimum) errors.Add(nameof(PolicyInput.Percent), t["Reward.Error.BelowStatutory", text.Kind(kind), DealsText.Money(minimum)]);
        int? years = null;
        if (kind == DealKind.OwnImplementation)
        {
            years = input.Years ?? RewardArithmetic.MinOwnImplementationYears;
            if (years is < RewardArithmetic.MinOwnImplementationYears or > RewardArithmetic.MaxOwnImplementationYears) errors.Add(nameof(PolicyInput.Years), t["Reward.Error.Years"]);
        }
        errors.ThrowIfAny(t["Reward.Error.PolicyTitle"]);
        var last = await db.RewardPolicies.Where(p => p.Kind == kind).MaxAsync(p => (int?)p.PolicyVersion, ct) ?? 0;
        db.RewardPolicies.Add(new RewardPolicy
        {
            Kind = kind, PolicyVersion = last + 1, Percent = input.Percent!.Value, Years = years, EffectiveFrom = input.EffectiveFrom ?? clock.Today(),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), CreatedBy = v.Name, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return await InForceAsync(kind, ct);
    }
}
