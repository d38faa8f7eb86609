using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Rotations.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Placement;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>One skill of a role that is one of the participant's open plan goals: the gap and the part of it the role exercises.</summary>
public sealed record GapLine(int SkillId, string SkillCode, int Current, int Target, int Exercised);

/// <summary>
/// A (participant, role) pair's development value, broken down by criterion (integers): the plan-goal gaps the role
/// exercises, a chain segment new to the participant, a lead unit new to them.
/// </summary>
public sealed record PairValue(int ParticipantId, int RoleId, int PlanGap, int NewSegment, int NewUnit, IReadOnlyList<GapLine> Gaps)
{
    public int Total => PlanGap + NewSegment + NewUnit;
}

/// <summary>A participant of the round with what the value and the messages need.</summary>
public sealed record RoundPerson(int ParticipantId, int EmployeeId, string EmployeeNumber, EmployeeRef Employee, ParticipantStatus Status, int CohortId);

/// <summary>The first skill a participant lacks for a role: the role, the skill, the level needed and held.</summary>
public sealed record Shortfall(int RoleId, int SkillId, string SkillCode, int Needed, int Held, int Total);

/// <summary>
/// Everything about a round the solver and the pages need, computed in one place: participants, open roles with their
/// periods, each participant's skill levels and plan goals, where they have worked, the eligible pairs (every required
/// skill at its minimum level) with their value, the pins and forbids.
/// </summary>
public sealed class RoundModel
{
    /// <summary>A role works a skill up to this many levels above its minimum: the part of a plan gap it exercises.</summary>
    public const int Stretch = 2;

    public required PlacementRound Round { get; init; }
    public required Dictionary<int, RoundPerson> People { get; init; }
    public required Dictionary<int, RoundRole> Roles { get; init; }
    public required Dictionary<(int Participant, int Role), PairValue> Competent { get; init; }
    public required Dictionary<int, Shortfall?> Nearest { get; init; }
    public required HashSet<(int Participant, int Role)> Forbidden { get; init; }
    public required HashSet<(int Participant, int Role)> Pinned { get; init; }

    public bool IsEligible(int participant, int role) => Competent.ContainsKey((participant, role)) && !Forbidden.Contains((participant, role));

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    public static int Parse(string id) => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The solver's instance: only eligible pairs (competent, not forbidden), pins marked.</summary>
    public PlacementInstance Instance() => new(
        [.. People.Keys.Order().Select(p => new PlacementParticipant(Id(p), Math.Max(1, Round.MaxRolesPerParticipant)))],
        [.. Roles.Values.OrderBy(r => r.RoleId).Select(r => new PlacementRole(Id(r.RoleId), r.Role!.Seats, r.Period))],
        [.. Competent.Values.Where(v => !Forbidden.Contains((v.ParticipantId, v.RoleId))).OrderBy(v => v.ParticipantId).ThenBy(v => v.RoleId)
            .Select(v => new PlacementCandidate(Id(v.ParticipantId), Id(v.RoleId), v.Total, Pinned.Contains((v.ParticipantId, v.RoleId))))]);

    /// <summary>The default period of a role: its half-year ("2027 H1").</summary>
    public static string DefaultPeriod(DateOnly start) => string.Create(CultureInfo.InvariantCulture, $"{start.Year} H{(start.Month <= 6 ? 1 : 2)}");
}

/// <summary>Loads a round and computes its <see cref="RoundModel"/>.</summary>
public sealed class RoundModels(TalentChainDbContext db, IOpenPlanGoals goals, IStringLocalizer<ProjectsResource> L)
{
    public async Task<PlacementRound> LoadRoundAsync(int roundId, bool tracking, CancellationToken ct)
    {
        var q = db.PlacementRounds.Include(r => r.Cohort).Include(r => r.Participants).Include(r => r.Rules)
            .Include(r => r.Roles).ThenInclude(rr => rr.Role!).ThenInclude(x => x.Skills).ThenInclude(s => s.TaxonomyNode)
            .Include(r => r.Roles).ThenInclude(rr => rr.Role!).ThenInclude(x => x.Project)
            .Include(r => r.Assignments).Include(r => r.Unplaced).AsSplitQuery();
        if (!tracking) q = q.AsNoTracking();
        return await q.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException(L["Round.NotFound", roundId]);
    }

    public async Task<RoundModel> BuildAsync(PlacementRound round, CancellationToken ct)
    {
        var participantIds = round.Participants.Select(p => p.ParticipantId).ToList();
        var refs = await db.ParticipantRefs.AsNoTracking().Include(p => p.Employee!).ThenInclude(e => e.OrgUnit)
            .Where(p => participantIds.Contains(p.Id)).ToListAsync(ct);
        var people = refs.ToDictionary(p => p.Id, p => new RoundPerson(p.Id, p.EmployeeId, p.Employee!.EmployeeNumber, p.Employee, p.Status, p.CohortId));
        var employeeIds = people.Values.Select(p => p.EmployeeId).Distinct().ToList();
        var levels = (await db.SkillRefs.AsNoTracking().Where(s => employeeIds.Contains(s.EmployeeId)).Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level }).ToListAsync(ct))
            .ToDictionary(s => (s.EmployeeId, s.TaxonomyNodeId), s => s.Level);
        var planGoals = (await goals.ForParticipantsAsync(participantIds, ct)).GroupBy(g => g.ParticipantId)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.SkillId).ToDictionary(x => x.Key, x => x.First()));

        // Where each person has worked: their unit, published rotations (any participation of theirs), earlier project memberships.
        var allParticipations = await db.ParticipantRefs.AsNoTracking().Where(p => employeeIds.Contains(p.EmployeeId)).Select(p => new { p.Id, p.EmployeeId }).ToListAsync(ct);
        var pIds = allParticipations.Select(p => p.Id).ToList();
        var rotations = await db.RotationPlacementRefs.AsNoTracking().Where(r => pIds.Contains(r.ParticipantId))
            .Select(r => new { r.ParticipantId, r.OrgUnitId, r.OrgUnit!.Segment }).ToListAsync(ct);
        var memberships = await db.ProjectMemberships.AsNoTracking().Where(m => employeeIds.Contains(m.EmployeeId) && m.RoundId != round.Id)
            .Select(m => new { m.EmployeeId, m.Project!.LeadUnitId, m.Project.Segment }).ToListAsync(ct);
        var units = employeeIds.ToDictionary(e => e, _ => new HashSet<int>());
        var segments = employeeIds.ToDictionary(e => e, _ => new HashSet<ChainSegment>());
        foreach (var p in people.Values)
        {
            units[p.EmployeeId].Add(p.Employee.OrgUnitId);
            if (p.Employee.OrgUnit is { } u) segments[p.EmployeeId].Add(u.Segment);
        }
        var employeeOf = allParticipations.ToDictionary(p => p.Id, p => p.EmployeeId);
        foreach (var r in rotations)
        {
            units[employeeOf[r.ParticipantId]].Add(r.OrgUnitId);
            segments[employeeOf[r.ParticipantId]].Add(r.Segment);
        }
        foreach (var m in memberships)
        {
            units[m.EmployeeId].Add(m.LeadUnitId);
            segments[m.EmployeeId].Add(m.Segment);
        }

        var roles = round.Roles.Where(r => r.Role is not null).ToDictionary(r => r.RoleId);
        var competent = new Dictionary<(int, int), PairValue>();
        var nearest = new Dictionary<int, Shortfall?>();
        foreach (var person in people.Values)
        {
            Shortfall? best = null;
            planGoals.TryGetValue(person.ParticipantId, out var myGoals);
            foreach (var rr in roles.Values)
            {
                var role = rr.Role!;
                Shortfall? first = null;
                var total = 0;
                foreach (var s in role.Skills)
                {
                    var held = levels.GetValueOrDefault((person.EmployeeId, s.TaxonomyNodeId));
                    if (held >= s.MinLevel) continue;
                    total += s.MinLevel - held;
                    if (first is null || s.MinLevel - held > first.Needed - first.Held) first = new Shortfall(role.Id, s.TaxonomyNodeId, s.TaxonomyNode?.Code ?? "", s.MinLevel, held, 0);
                }
                if (first is not null)
                {
                    if (best is null || total < best.Total) best = first with { Total = total };
                    continue;
                }
                var gaps = new List<GapLine>();
                foreach (var s in role.Skills)
                {
                    if (myGoals is null || !myGoals.TryGetValue(s.TaxonomyNodeId, out var goal)) continue;
                    var current = Math.Max(goal.CurrentLevel, levels.GetValueOrDefault((person.EmployeeId, s.TaxonomyNodeId)));
                    var exercised = Math.Max(0, Math.Min(goal.TargetLevel, s.MinLevel + RoundModel.Stretch) - current);
                    if (goal.TargetLevel > current) gaps.Add(new GapLine(s.TaxonomyNodeId, s.TaxonomyNode?.Code ?? "", current, goal.TargetLevel, exercised));
                }
                var project = role.Project!;
                competent[(person.ParticipantId, role.Id)] = new PairValue(person.ParticipantId, role.Id,
                    round.PlanGapWeight * gaps.Sum(g => g.Exercised),
                    segments[person.EmployeeId].Contains(project.Segment) ? 0 : round.NewSegmentWeight,
                    units[person.EmployeeId].Contains(project.LeadUnitId) ? 0 : round.NewUnitWeight,
                    gaps);
            }
            nearest[person.ParticipantId] = best;
        }
        return new RoundModel
        {
            Round = round, People = people, Roles = roles, Competent = competent, Nearest = nearest,
            Forbidden = [.. round.Rules.Where(r => r.Kind == RuleKind.Forbid).Select(r => (r.ParticipantId, r.RoleId))],
            Pinned = [.. round.Rules.Where(r => r.Kind == RuleKind.Pin).Select(r => (r.ParticipantId, r.RoleId))],
        };
    }
}
