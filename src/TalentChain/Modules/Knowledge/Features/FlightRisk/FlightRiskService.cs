using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.FlightRisk;

public sealed record FactorLine(string Key, string Name, int MaxPoints, int Points, string Explanation);

public sealed record FlightRiskResult(
    int EmployeeId,
    int ComputedScore,
    int? OverrideScore,
    string? OverrideReason,
    IReadOnlyList<FactorLine> Factors)
{
    /// <summary>The score that counts: the manager's override when there is one.</summary>
    public int Score => OverrideScore ?? ComputedScore;
    public RiskBand Band => FlightRiskRules.Band(Score);
}

/// <summary>Scores people with every registered <see cref="IFlightRiskFactor"/>; the data is loaded once per call.</summary>
public sealed class FlightRiskService(TalentChainDbContext db, IEnumerable<IFlightRiskFactor> factors, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    /// <summary>
    /// Every factor in the order shown: this module's data factors, then other modules' (whatever the order the
    /// composition root adds the modules in), then the line manager's own view, which reads best last.
    /// </summary>
    public IReadOnlyList<IFlightRiskFactor> Factors { get; } = [.. factors.OrderBy(f => f switch
    {
        ManagerViewFactor => 2,
        _ when f.GetType().Namespace == typeof(ManagerViewFactor).Namespace => 0,
        _ => 1,
    })];

    public async Task<Dictionary<int, FlightRiskResult>> ScoreAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        if (employeeIds.Count == 0) return [];
        var ids = employeeIds.Distinct().ToList();
        var people = new List<(int Id, int? ManagerId, DateOnly HireDate, DateOnly? BirthDate)>();
        var advancement = new Dictionary<int, DateOnly>();
        var managerChange = new Dictionary<int, DateOnly>();
        var assessments = new Dictionary<int, PersonAssessment>();
        // Chunks keep IN lists within every database's parameter limit.
        foreach (var chunk in ids.Chunk(500))
        {
            people.AddRange((await db.EmployeeRefs.AsNoTracking().Where(e => chunk.Contains(e.Id))
                .Select(e => new { e.Id, e.ManagerId, e.HireDate, e.BirthDate }).ToListAsync(ct))
                .Select(e => (e.Id, e.ManagerId, e.HireDate, e.BirthDate)));
            var events = await db.EmploymentEventRefs.AsNoTracking()
                .Where(ev => chunk.Contains(ev.EmployeeId) && (ev.Kind == EmploymentEventKind.Promoted || ev.Kind == EmploymentEventKind.TitleChanged || ev.Kind == EmploymentEventKind.ManagerChanged))
                .Select(ev => new { ev.EmployeeId, ev.Kind, ev.EffectiveDate }).ToListAsync(ct);
            foreach (var ev in events)
            {
                var map = ev.Kind == EmploymentEventKind.ManagerChanged ? managerChange : advancement;
                if (!map.TryGetValue(ev.EmployeeId, out var d) || ev.EffectiveDate > d) map[ev.EmployeeId] = ev.EffectiveDate;
            }
            var latest = await db.PersonAssessments.AsNoTracking()
                .Where(a => chunk.Contains(a.EmployeeId) && a.Id == db.Set<PersonAssessment>().Where(b => b.EmployeeId == a.EmployeeId).Max(b => b.Id))
                .ToListAsync(ct);
            foreach (var a in latest) assessments[a.EmployeeId] = a;
        }

        var subjects = people.Select(p => new FlightRiskSubject(p.Id, p.ManagerId, p.HireDate, p.BirthDate,
            advancement.TryGetValue(p.Id, out var adv) ? adv : null,
            managerChange.TryGetValue(p.Id, out var mc) ? mc : null,
            assessments.GetValueOrDefault(p.Id))).ToList();
        var context = new FlightRiskContext(Today, subjects);

        var lines = subjects.ToDictionary(s => s.EmployeeId, _ => new List<FactorLine>());
        foreach (var factor in Factors)
        {
            var results = await factor.EvaluateAsync(context, ct);
            foreach (var s in subjects)
            {
                var c = results.GetValueOrDefault(s.EmployeeId) ?? new FactorContribution(0, "");
                lines[s.EmployeeId].Add(new FactorLine(factor.Key, factor.Name, factor.MaxPoints, Math.Clamp(c.Points, 0, factor.MaxPoints), c.Explanation));
            }
        }
        return subjects.ToDictionary(s => s.EmployeeId, s => new FlightRiskResult(
            s.EmployeeId,
            FlightRiskRules.Score(lines[s.EmployeeId].Select(l => l.Points)),
            s.Assessment?.OverrideScore,
            s.Assessment?.OverrideReason,
            lines[s.EmployeeId]));
    }
}
