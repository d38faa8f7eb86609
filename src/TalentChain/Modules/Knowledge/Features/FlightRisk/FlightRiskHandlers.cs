using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.FlightRisk;

public sealed record AssessmentInput(int? CompensationPosition, int? Performance, int? Potential, ManagerRiskView? ManagerView, int? OverrideScore, string? OverrideReason, string? Notes);

public sealed record RiskListRow(PersonCard Person, int Score, int ComputedScore, bool Overridden, RiskBand Band, IReadOnlyList<string> CriticalTechnologies);

public sealed record RiskDetail(PersonCard Person, FlightRiskResult Risk, IReadOnlyList<PersonAssessment> History, IReadOnlyList<string> CriticalTechnologies);

/// <summary>Flight-risk lists and breakdowns (scoped to who may see them) and the per-person assessment records.</summary>
public sealed class FlightRiskHandlers(TalentChainDbContext db, FlightRiskService risk, CoverageService coverage, IStringLocalizer<KnowledgeResource> k, TimeProvider clock)
{
    /// <summary>Officers: every holder of a critical technology and everyone assessed; managers: their reports. Highest risk first.</summary>
    public async Task<List<RiskListRow>> ListAsync(KnowledgeScope scope, CancellationToken ct = default)
    {
        var index = await coverage.GetAsync(ct);
        var held = index.Rows.SelectMany(r => r.HolderList.Select(h => (h.EmployeeId, r.Code))).ToLookup(x => x.EmployeeId, x => x.Code);
        List<int> ids;
        if (scope.IsOfficer)
        {
            var assessed = await db.PersonAssessments.Select(a => a.EmployeeId).Distinct().ToListAsync(ct);
            ids = [.. held.Select(g => g.Key).Concat(assessed).Distinct()];
        }
        else ids = [.. scope.Reports];
        ids = [.. ids.Where(scope.MaySeeRisk)];
        var cards = await PersonCards.LoadAsync(db, ids, ct);
        var active = cards.Values.Where(c => c.Status == EmployeeStatus.Active).Select(c => c.Id).ToList();
        var scores = await risk.ScoreAsync(active, ct);
        return [.. active.Select(id => new RiskListRow(cards[id], scores[id].Score, scores[id].ComputedScore, scores[id].OverrideScore is not null, scores[id].Band, [.. held[id]]))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Person.EmployeeNumber, StringComparer.Ordinal)];
    }

    public async Task<RiskDetail> GetAsync(KnowledgeScope scope, int employeeId, CancellationToken ct = default)
    {
        if (!scope.MaySeeRisk(employeeId)) throw new NotFoundException(k["Risk.NotVisible"]);
        var person = await PersonCards.FindAsync(db, employeeId, ct) ?? throw new NotFoundException(k["Risk.NotVisible"]);
        var result = (await risk.ScoreAsync([employeeId], ct))[employeeId];
        var history = await db.PersonAssessments.AsNoTracking().Where(a => a.EmployeeId == employeeId).OrderByDescending(a => a.Id).ToListAsync(ct);
        var index = await coverage.GetAsync(ct);
        var techs = index.Rows.Where(r => r.HolderList.Any(h => h.EmployeeId == employeeId)).Select(r => r.Name).ToList();
        return new RiskDetail(person, result, history, techs);
    }

    /// <summary>Adds a new assessment record (the previous ones stay as history).</summary>
    public async Task<PersonAssessment> AssessAsync(KnowledgeScope scope, int employeeId, AssessmentInput input, CancellationToken ct = default)
    {
        if (!scope.MaySeeRisk(employeeId) || !(scope.IsOfficer || scope.IsManager)) throw new NotFoundException(k["Risk.NotVisible"]);
        if (!await db.EmployeeRefs.AnyAsync(e => e.Id == employeeId, ct)) throw new NotFoundException(k["Risk.NotVisible"]);
        var errors = new FieldErrors();
        if (input.CompensationPosition is { } c && (c < 0 || c > 100)) errors.Add(nameof(input.CompensationPosition), k["Assess.CompensationRange", 0, 100]);
        if (input.Performance is { } p && (p < 1 || p > 3)) errors.Add(nameof(input.Performance), k["Assess.RatingRange", 1, 3]);
        if (input.Potential is { } q && (q < 1 || q > 3)) errors.Add(nameof(input.Potential), k["Assess.RatingRange", 1, 3]);
        if (input.ManagerView is { } mv && !Enum.IsDefined(mv)) errors.Add(nameof(input.ManagerView), k["Assess.ManagerViewInvalid"]);
        var reason = PersonCards.Blank(input.OverrideReason);
        if (input.OverrideScore is { } o)
        {
            if (o < 0 || o > 100) errors.Add(nameof(input.OverrideScore), k["Assess.OverrideRange", 0, 100]);
            if (reason is null) errors.Add(nameof(input.OverrideReason), k["Assess.OverrideReasonRequired"]);
        }
        if (reason?.Length > 1000) errors.Add(nameof(input.OverrideReason), k["Common.TooLong", 1000]);
        var notes = PersonCards.Blank(input.Notes);
        if (notes?.Length > 1000) errors.Add(nameof(input.Notes), k["Common.TooLong", 1000]);
        errors.ThrowIfAny(k["Assess.Invalid"]);

        var now = clock.GetUtcNow();
        var row = new PersonAssessment
        {
            EmployeeId = employeeId,
            CompensationPosition = input.CompensationPosition,
            Performance = input.Performance,
            Potential = input.Potential,
            ManagerView = input.ManagerView,
            OverrideScore = input.OverrideScore,
            OverrideReason = input.OverrideScore is null ? null : reason,
            Notes = notes,
            AssessedOn = DateOnly.FromDateTime(now.UtcDateTime),
            RecordedAt = now,
            RecordedBy = db.CurrentUser.Name,
        };
        db.PersonAssessments.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
