using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;

namespace TalentChain.Modules.Knowledge.Features.FlightRisk;

/// <summary>Base for the built-in factors: one pure rule per person, explained in the UI language.</summary>
internal abstract class RuleFactor(IStringLocalizer<KnowledgeResource> k) : IFlightRiskFactor
{
    protected IStringLocalizer<KnowledgeResource> K => k;
    public abstract string Key { get; }
    public string Name => k["Factor." + Key];
    public abstract int MaxPoints { get; }

    protected abstract FactorContribution Evaluate(FlightRiskSubject s, DateOnly today);

    public Task<IReadOnlyDictionary<int, FactorContribution>> EvaluateAsync(FlightRiskContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<int, FactorContribution>>(context.People.ToDictionary(p => p.EmployeeId, p => Evaluate(p, context.Today)));

    protected static string N(double years) => years.ToString("0.0", CultureInfo.CurrentCulture);
}

internal sealed class TenureFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "tenure";
    public override int MaxPoints => 15;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var years = FlightRiskRules.Years(s.HireDate, today);
        return new(FlightRiskRules.Tenure(years), K["Factor.tenure.Explain", N(years)]);
    }
}

internal sealed class AdvancementFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "advancement";
    public override int MaxPoints => 20;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var since = s.LastAdvancement ?? s.HireDate;
        var years = FlightRiskRules.Years(since, today);
        return new(FlightRiskRules.SinceAdvancement(years),
            s.LastAdvancement is null ? K["Factor.advancement.ExplainNone", N(years)] : K["Factor.advancement.Explain", N(years)]);
    }
}

internal sealed class CompensationFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "compensation";
    public override int MaxPoints => 15;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var position = s.Assessment?.CompensationPosition;
        return new(FlightRiskRules.Compensation(position),
            position is { } p ? K["Factor.compensation.Explain", p] : K["Factor.NotAssessed"]);
    }
}

internal sealed class ManagerChangeFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "managerChange";
    public override int MaxPoints => 10;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var points = FlightRiskRules.ManagerChange(s.LastManagerChange, today);
        return new(points, s.LastManagerChange is { } d
            ? K["Factor.managerChange.Explain", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
            : K["Factor.managerChange.ExplainNone"]);
    }
}

internal sealed class ReviewFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "review";
    public override int MaxPoints => 10;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var performance = s.Assessment?.Performance;
        return new(FlightRiskRules.Review(performance),
            performance is { } p ? K["Factor.review.Explain", K["Rating." + p.ToString(CultureInfo.InvariantCulture)]] : K["Factor.NotAssessed"]);
    }
}

internal sealed class ManagerViewFactor(IStringLocalizer<KnowledgeResource> k) : RuleFactor(k)
{
    public override string Key => "managerView";
    public override int MaxPoints => 30;
    protected override FactorContribution Evaluate(FlightRiskSubject s, DateOnly today)
    {
        var view = s.Assessment?.ManagerView;
        return new(FlightRiskRules.ManagerView(view),
            view is { } v ? K["Factor.managerView.Explain", K["ManagerView." + v]] : K["Factor.NotAssessed"]);
    }
}
