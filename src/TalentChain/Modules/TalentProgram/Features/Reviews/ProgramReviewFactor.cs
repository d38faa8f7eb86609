using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Features.Reviews;

/// <summary>
/// The talent program's review outcomes: a participant whose latest completed development review found them
/// "at risk" (or whose plan had to be adjusted) is more likely to leave; an overdue review signals neglect.
/// Only people who are or were program participants get points. The program's contribution to Knowledge's flight-risk
/// score, through Knowledge's contract: Knowledge does not know the program's reviews.
/// </summary>
internal sealed class ProgramReviewFactor(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> k) : IFlightRiskFactor
{
    public const int AtRiskPoints = 10;
    public const int AdjustPlanPoints = 5;
    public const int OverduePoints = 5;

    public string Key => "programReview";
    public string Name => k["Factor.programReview"];
    public int MaxPoints => AtRiskPoints + OverduePoints;

    public async Task<IReadOnlyDictionary<int, FactorContribution>> EvaluateAsync(FlightRiskContext context, CancellationToken ct)
    {
        var ids = context.People.Select(p => p.EmployeeId).ToList();
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => ids.Contains(r.Participant!.EmployeeId))
            .Select(r => new { r.Participant!.EmployeeId, r.DueDate, r.CompletedOn, r.Decision })
            .ToListAsync(ct);
        var result = new Dictionary<int, FactorContribution>();
        foreach (var person in reviews.GroupBy(r => r.EmployeeId))
        {
            var latest = person.Where(r => r.CompletedOn is not null).MaxBy(r => r.CompletedOn);
            var overdue = person.Where(r => r.CompletedOn is null && r.DueDate < context.Today).MinBy(r => r.DueDate);
            var points = Points(latest?.Decision, overdue is not null);
            var parts = new List<string>();
            if (latest is not null)
                parts.Add(k["Factor.programReview.Latest", D(latest.CompletedOn!.Value), k["Factor.programReview.Decision." + latest.Decision]]);
            if (overdue is not null) parts.Add(k["Factor.programReview.Overdue", D(overdue.DueDate)]);
            if (parts.Count == 0) parts.Add(k["Factor.programReview.None"]);
            result[person.Key] = new FactorContribution(points, string.Join(" ", parts));
        }
        return result;
    }

    /// <summary>At risk 10, plan adjusted 5, on track 0; plus 5 while a review is overdue.</summary>
    public static int Points(ReviewDecision? latestDecision, bool overdue) =>
        latestDecision switch
        {
            ReviewDecision.AtRisk => AtRiskPoints,
            ReviewDecision.AdjustPlan => AdjustPlanPoints,
            _ => 0,
        } + (overdue ? OverduePoints : 0);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
