using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>
/// Placement rounds (项目配置轮次): create one for a cohort, choose participants, open roles and weights, pin and forbid,
/// read it with its proposal (value breakdowns, unplaced participants with reasons in words), cancel it. Only managers
/// of the cohort's program see (404) or act on (403) a round.
/// </summary>
public sealed class RoundsHandler(TalentChainDbContext db, ProjectsAccess access, RoundModels models, ProjectsText text, ISkillSensitivity sensitivity, TimeProvider clock)
{
    public const int MaxWeight = 1000;

    public async Task<List<RoundSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var programs = await access.ManagedProgramsAsync(user, ct);
        var rounds = await db.PlacementRounds.AsNoTracking().Include(r => r.Cohort).Include(r => r.Participants).Include(r => r.Roles)
            .Where(r => programs.Contains(r.Cohort!.ProgramId)).AsSplitQuery().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return [.. rounds.Select(Summary)];
    }

    public async Task<RoundDetail> CreateAsync(ClaimsPrincipal user, RoundInput input, CancellationToken ct = default)
    {
        var L = text.L;
        if (!ProgramPolicies.IsManager(user)) throw new AccessDeniedException(L["Access.ManagersOnly"]);
        if (input.CohortId is not { } cohortId || !await db.CohortRefs.AnyAsync(c => c.Id == cohortId, ct))
            throw ValidationFailedException.For(L["Round.Invalid"], "cohortId", L["Round.UnknownCohort", input.CohortId ?? 0]);
        if (!await access.CanManageCohortAsync(user, cohortId, ct)) throw new AccessDeniedException(L["Access.NotYourProgram"]);
        var round = new PlacementRound { CohortId = cohortId, Status = RoundStatus.Open, CreatedAt = clock.GetUtcNow(), CreatedBy = user.Identity?.Name ?? "" };
        var participants = input.ParticipantIds
            ?? await db.ParticipantRefs.Where(p => p.CohortId == cohortId && p.Status == ParticipantStatus.Selected).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        await ApplyAsync(round, input with { ParticipantIds = participants }, ct);
        db.PlacementRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return await DetailUncheckedAsync(user, round.Id, ct);
    }

    public async Task<RoundDetail> UpdateAsync(ClaimsPrincipal user, int id, RoundInput input, CancellationToken ct = default)
    {
        await access.RequireManageRoundAsync(user, id, ct);
        var round = await models.LoadRoundAsync(id, tracking: true, ct);
        RequireOpen(round);
        await ApplyAsync(round, input with { CohortId = round.CohortId }, ct);
        // Rules about participants or roles no longer in the round go with them.
        round.Rules.RemoveAll(r => !round.Participants.Any(p => p.ParticipantId == r.ParticipantId) || !round.Roles.Any(x => x.RoleId == r.RoleId));
        await db.SaveChangesAsync(ct);
        return await DetailUncheckedAsync(user, id, ct);
    }

    private async Task ApplyAsync(PlacementRound round, RoundInput input, CancellationToken ct)
    {
        var L = text.L;
        var errors = new FieldErrors();
        var name = input.Name?.Trim();
        if (name is { Length: > 200 }) errors.Add("name", L["Round.NameTooLong"]);
        if (!string.IsNullOrEmpty(name)) round.Name = name;
        else if (round.Name.Length == 0) round.Name = L["Round.DefaultName", UiCulture.Iso(clock.Today())];
        void Weight(string field, int? value, Action<int> set)
        {
            if (value is null) return;
            if (value is < 0 or > MaxWeight) errors.Add(field, L["Round.WeightRange", MaxWeight]);
            else set(value.Value);
        }
        Weight("planGapWeight", input.PlanGapWeight, v => round.PlanGapWeight = v);
        Weight("newSegmentWeight", input.NewSegmentWeight, v => round.NewSegmentWeight = v);
        Weight("newUnitWeight", input.NewUnitWeight, v => round.NewUnitWeight = v);
        if (input.MaxRolesPerParticipant is { } max)
        {
            if (max is < 1 or > 10) errors.Add("maxRolesPerParticipant", L["Round.MaxRolesRange"]);
            else round.MaxRolesPerParticipant = max;
        }
        if (input.ParticipantIds is { } pids)
        {
            var known = await db.ParticipantRefs.AsNoTracking().Where(p => pids.Contains(p.Id)).Select(p => new { p.Id, p.CohortId, p.Status }).ToListAsync(ct);
            for (var i = 0; i < pids.Count; i++)
            {
                var p = known.FirstOrDefault(k => k.Id == pids[i]);
                if (p is null || p.CohortId != round.CohortId) errors.Add($"participantIds[{i}]", L["Round.NotInCohort", pids[i]]);
                else if (p.Status != ParticipantStatus.Selected) errors.Add($"participantIds[{i}]", L["Round.NotSelected", pids[i]]);
            }
            round.Participants.RemoveAll(p => !pids.Contains(p.ParticipantId));
            foreach (var pid in pids.Distinct().Where(pid => !round.Participants.Any(p => p.ParticipantId == pid)))
                round.Participants.Add(new RoundParticipant { ParticipantId = pid });
        }
        if (input.Roles is { } roles)
        {
            var ids = roles.Select(r => r.RoleId).ToList();
            var known = await db.ProjectRoles.AsNoTracking().Include(r => r.Project).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            for (var i = 0; i < roles.Count; i++)
            {
                if (!known.TryGetValue(roles[i].RoleId, out var role)) { errors.Add($"roles[{i}].roleId", L["Round.UnknownRole", roles[i].RoleId]); continue; }
                if (role.Project!.Status == ProjectStatus.Closed) errors.Add($"roles[{i}].roleId", L["Round.ProjectClosed", role.Project.Code]);
                if (roles[i].Period?.Trim() is { Length: > 40 }) errors.Add($"roles[{i}].period", L["Round.PeriodTooLong"]);
            }
            round.Roles.RemoveAll(r => !ids.Contains(r.RoleId));
            foreach (var r in roles.Where(r => known.ContainsKey(r.RoleId)).DistinctBy(r => r.RoleId))
            {
                var period = string.IsNullOrWhiteSpace(r.Period) ? RoundModel.DefaultPeriod(known[r.RoleId].StartDate) : r.Period.Trim();
                if (round.Roles.FirstOrDefault(x => x.RoleId == r.RoleId) is { } existing) { if (!string.IsNullOrWhiteSpace(r.Period)) existing.Period = period; }
                else round.Roles.Add(new RoundRole { RoleId = r.RoleId, Period = period });
            }
        }
        errors.ThrowIfAny(L["Round.Invalid"]);
    }

    /// <summary>Pins a participant to a role or forbids the pair. A pin must be one the solver can honour.</summary>
    public async Task<RoundDetail> SetRuleAsync(ClaimsPrincipal user, int id, RuleInput input, CancellationToken ct = default)
    {
        var L = text.L;
        await access.RequireManageRoundAsync(user, id, ct);
        var round = await models.LoadRoundAsync(id, tracking: true, ct);
        RequireOpen(round);
        var model = await models.BuildAsync(round, ct);
        if (!model.People.TryGetValue(input.ParticipantId, out var person)) throw ValidationFailedException.For(L["Rule.Invalid"], "participantId", L["Rule.NotInRound", input.ParticipantId]);
        if (!model.Roles.TryGetValue(input.RoleId, out var rr)) throw ValidationFailedException.For(L["Rule.Invalid"], "roleId", L["Rule.RoleNotInRound", input.RoleId]);
        if (!Enum.IsDefined(input.Kind)) throw ValidationFailedException.For(L["Rule.Invalid"], "kind", L["Rule.Kind"]);
        var who = ProjectsText.Person(person.Employee);
        var roleName = RoleName(rr);
        if (input.Kind == RuleKind.Pin)
        {
            if (!model.Competent.ContainsKey((input.ParticipantId, input.RoleId)))
            {
                var missing = rr.Role!.Skills.Where(s => s.MinLevel > 0).Select(s => s.TaxonomyNode!.DisplayName(ProjectsText.Chinese)).FirstOrDefault() ?? "";
                var lacking = model.Nearest[input.ParticipantId] is { } n && n.RoleId == input.RoleId
                    ? rr.Role.Skills.First(s => s.TaxonomyNodeId == n.SkillId).TaxonomyNode!.DisplayName(ProjectsText.Chinese) : missing;
                throw ValidationFailedException.For(L["Rule.Invalid"], "roleId", L["Pin.Ineligible", who, roleName, lacking]);
            }
            var others = round.Rules.Where(r => r.Kind == RuleKind.Pin && !(r.ParticipantId == input.ParticipantId && r.RoleId == input.RoleId)).ToList();
            if (others.Any(r => r.ParticipantId == input.ParticipantId && model.Roles.TryGetValue(r.RoleId, out var o) && o.Period == rr.Period))
                throw ValidationFailedException.For(L["Rule.Invalid"], "roleId", L["Pin.PeriodTaken", who, rr.Period]);
            if (others.Count(r => r.ParticipantId == input.ParticipantId) + 1 > round.MaxRolesPerParticipant)
                throw ValidationFailedException.For(L["Rule.Invalid"], "roleId", L["Pin.TooManyRoles", who, round.MaxRolesPerParticipant]);
            if (others.Count(r => r.RoleId == input.RoleId) + 1 > rr.Role!.Seats)
                throw ValidationFailedException.For(L["Rule.Invalid"], "roleId", L["Pin.SeatsFull", roleName, rr.Role.Seats]);
        }
        if (round.Rules.FirstOrDefault(r => r.ParticipantId == input.ParticipantId && r.RoleId == input.RoleId) is { } existing) existing.Kind = input.Kind;
        else round.Rules.Add(new RoundRule { ParticipantId = input.ParticipantId, RoleId = input.RoleId, Kind = input.Kind });
        await db.SaveChangesAsync(ct);
        return await DetailUncheckedAsync(user, id, ct);
    }

    public async Task<RoundDetail> RemoveRuleAsync(ClaimsPrincipal user, int id, int ruleId, CancellationToken ct = default)
    {
        await access.RequireManageRoundAsync(user, id, ct);
        var rule = await db.PlacementRoundRules.FirstOrDefaultAsync(r => r.Id == ruleId && r.RoundId == id, ct) ?? throw new NotFoundException(text.L["Rule.NotFound", ruleId]);
        db.PlacementRoundRules.Remove(rule);
        await db.SaveChangesAsync(ct);
        return await DetailUncheckedAsync(user, id, ct);
    }

    /// <summary>Cancels a round that has not been published (its proposal is kept for the record).</summary>
    public async Task<RoundDetail> CancelAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await access.RequireManageRoundAsync(user, id, ct);
        var round = await db.PlacementRounds.FirstAsync(r => r.Id == id, ct);
        if (round.Status == RoundStatus.Published) throw ValidationFailedException.For(text.L["Round.Invalid"], "status", text.L["Round.CancelPublished"]);
        RequireOpen(round);
        round.Status = RoundStatus.Cancelled;
        db.RecordAuditEvent("PlacementRound", id.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["action"] = "cancel", ["by"] = user.Identity?.Name });
        await db.SaveChangesAsync(ct);
        return await DetailUncheckedAsync(user, id, ct);
    }

    public async Task<RoundDetail> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await access.RequireReadRoundAsync(user, id, ct);
        return await DetailUncheckedAsync(user, id, ct);
    }

    /// <summary>Every eligible pair of the round with its value breakdown (forbidden ones marked).</summary>
    public async Task<List<CandidateView>> CandidatesAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await access.RequireReadRoundAsync(user, id, ct);
        var round = await models.LoadRoundAsync(id, tracking: false, ct);
        var model = await models.BuildAsync(round, ct);
        var hidden = await HiddenNodesAsync(user, ct);
        var names = SkillNames(model);
        return [.. model.Competent.Values.OrderBy(v => v.ParticipantId).ThenBy(v => v.RoleId).Select(v => new CandidateView(v.ParticipantId, v.RoleId,
            model.Forbidden.Contains((v.ParticipantId, v.RoleId)), model.Pinned.Contains((v.ParticipantId, v.RoleId)), Breakdown(v, hidden, names)))];
    }

    internal async Task<RoundDetail> DetailUncheckedAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var L = text.L;
        var chinese = ProjectsText.Chinese;
        var round = await models.LoadRoundAsync(id, tracking: false, ct);
        var model = await models.BuildAsync(round, ct);
        var hidden = await HiddenNodesAsync(user, ct);
        var names = SkillNames(model);
        string Person(int pid) => model.People.TryGetValue(pid, out var p) ? ProjectsText.Person(p.Employee) : pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var participants = model.People.Values.OrderBy(p => p.EmployeeNumber, StringComparer.Ordinal)
            .Select(p => new RoundParticipantView(p.ParticipantId, p.EmployeeId, p.EmployeeNumber, p.Employee.DisplayName(chinese), p.Employee.OrgUnit?.DisplayName(chinese) ?? "",
                p.Status == ParticipantStatus.Selected, model.Roles.Keys.Count(r => model.IsEligible(p.ParticipantId, r)))).ToList();
        var roles = model.Roles.Values.OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Role!.Project!.Code, StringComparer.Ordinal).ThenBy(r => r.RoleId)
            .Select(r => new RoundRoleView(r.RoleId, r.Role!.ProjectId, r.Role.Project!.Code, r.Role.Project.DisplayTitle(chinese), r.Role.DisplayTitle(chinese), r.Period, r.Role.Seats,
                r.Role.StartDate, r.Role.EndDate,
                string.Join(", ", r.Role.Skills.Select(s => s.MinLevel > 0 ? $"{s.TaxonomyNode!.DisplayName(chinese)} ≥ {s.MinLevel}" : s.TaxonomyNode!.DisplayName(chinese))),
                model.People.Keys.Count(p => model.IsEligible(p, r.RoleId)))).ToList();
        var rules = round.Rules.OrderBy(r => r.Id).Select(r => new RuleView(r.Id, r.ParticipantId, Person(r.ParticipantId), r.RoleId,
            model.Roles.TryGetValue(r.RoleId, out var rr) ? RoleName(rr) : "", r.Kind, text.Enum(r.Kind))).ToList();
        ProposalView? proposal = null;
        if (round.SolvedAt is { } solvedAt)
        {
            var assignments = round.Assignments.OrderBy(a => Person(a.ParticipantId), StringComparer.Ordinal).ThenBy(a => a.RoleId).Select(a =>
            {
                model.Roles.TryGetValue(a.RoleId, out var rr);
                var gaps = model.Competent.TryGetValue((a.ParticipantId, a.RoleId), out var v) ? v.Gaps : [];
                var value = new PairValue(a.ParticipantId, a.RoleId, a.PlanGapValue, a.NewSegmentValue, a.NewUnitValue, gaps);
                return new AssignmentView(a.ParticipantId, model.People.TryGetValue(a.ParticipantId, out var p) ? p.EmployeeNumber : "", Person(a.ParticipantId), a.RoleId,
                    rr is null ? "" : rr.Role!.DisplayTitle(chinese), rr?.Role!.ProjectId ?? 0, rr is null ? "" : rr.Role!.Project!.DisplayTitle(chinese), rr?.Period ?? "",
                    a.Pinned, Breakdown(value, hidden, names));
            }).ToList();
            var unplaced = round.Unplaced.OrderBy(u => Person(u.ParticipantId), StringComparer.Ordinal)
                .Select(u => new UnplacedView(u.ParticipantId, model.People.TryGetValue(u.ParticipantId, out var p) ? p.EmployeeNumber : "", Person(u.ParticipantId), u.Kind,
                    Reason(u, model, hidden, names))).ToList();
            proposal = new ProposalView(round.Placed ?? 0, round.Participants.Count, round.TotalValue ?? 0, round.Optimal, round.CertificateVerified, solvedAt, assignments, unplaced);
        }
        return new RoundDetail(Summary(round), new RoundWeights(round.PlanGapWeight, round.NewSegmentWeight, round.NewUnitWeight, round.MaxRolesPerParticipant),
            participants, roles, rules, proposal, await access.CanManageCohortAsync(user, round.CohortId, ct));
    }

    private string Reason(RoundUnplaced u, RoundModel model, IReadOnlySet<int> hidden, IReadOnlyDictionary<int, string> names)
    {
        var L = text.L;
        switch (u.Kind)
        {
            case UnplacedKind.NoCompetentRole when u.NearestRoleId is { } rid && model.Roles.TryGetValue(rid, out var rr) && u.MissingSkillId is { } sid:
                var skill = names.GetValueOrDefault(sid, "");
                return hidden.Contains(sid)
                    ? L["Unplaced.NoCompetentRole", RoleName(rr), skill]
                    : L["Unplaced.NoCompetentRoleLevel", RoleName(rr), skill, u.MissingLevel ?? 0];
            case UnplacedKind.NoCompetentRole:
                return L["Unplaced.NoRoles"];
            case UnplacedKind.AllForbidden:
                return L["Unplaced.AllForbidden"];
            default:
                var competent = model.Roles.Values.Where(r => model.IsEligible(u.ParticipantId, r.RoleId)).Select(RoleName).ToList();
                return L["Unplaced.SeatsTaken", string.Join("; ", competent)];
        }
    }

    private string RoleName(RoundRole rr) => $"{rr.Role!.Project!.Code} · {rr.Role.DisplayTitle(ProjectsText.Chinese)} ({rr.Period})";

    private static ValueBreakdown Breakdown(PairValue v, IReadOnlySet<int> hidden, IReadOnlyDictionary<int, string> names) =>
        new(v.PlanGap, v.NewSegment, v.NewUnit, v.Total, [.. v.Gaps.Select(g => hidden.Contains(g.SkillId)
            ? new GapLineView(g.SkillCode, names.GetValueOrDefault(g.SkillId, g.SkillCode), null, null, g.Exercised)
            : new GapLineView(g.SkillCode, names.GetValueOrDefault(g.SkillId, g.SkillCode), g.Current, g.Target, g.Exercised))]);

    /// <summary>Need-to-know skills whose levels this viewer may not see (ISkillSensitivity).</summary>
    private async Task<IReadOnlySet<int>> HiddenNodesAsync(ClaimsPrincipal user, CancellationToken ct) =>
        sensitivity.SeesAllLevels(user) ? new HashSet<int>() : await sensitivity.RestrictedNodesAsync(ct);

    private static Dictionary<int, string> SkillNames(RoundModel model)
    {
        var chinese = ProjectsText.Chinese;
        return model.Roles.Values.SelectMany(r => r.Role!.Skills).Where(s => s.TaxonomyNode is not null)
            .DistinctBy(s => s.TaxonomyNodeId).ToDictionary(s => s.TaxonomyNodeId, s => s.TaxonomyNode!.DisplayName(chinese));
    }

    private void RequireOpen(PlacementRound round)
    {
        if (round.Status == RoundStatus.Cancelled) throw ValidationFailedException.For(text.L["Round.Invalid"], "status", text.L["Round.Cancelled"]);
    }

    private RoundSummary Summary(PlacementRound r) => new(r.Id, r.CohortId, r.Cohort?.Name ?? "", r.Name, r.Status, text.Enum(r.Status), r.Participants.Count, r.Roles.Count,
        r.Placed, r.TotalValue, r.Optimal, r.CreatedAt, r.SolvedAt, r.PublishedAt);
}
