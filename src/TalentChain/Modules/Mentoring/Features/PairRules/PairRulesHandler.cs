using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.PairRules;

public sealed record PairRuleInput(int? ParticipantId, int? MentorEmployeeId, MentorRole? Role, PairRuleKind? Kind);
public sealed record PairRuleView(int Id, int ParticipantId, string ParticipantName, int MentorEmployeeId, string MentorName, MentorRole? Role, string? RoleName, PairRuleKind Kind, string KindName);

/// <summary>Pins (a pair in every solution: eligible, within the mentor's places) and forbids of a round.</summary>
/// <remarks>Program managers of the round's program only (403 for anyone else).</remarks>
public sealed class PairRulesHandler(TalentChainDbContext db, RoundLoader rounds, MentoringAccess access, MentoringLabels labels, IStringLocalizer<MentoringResource> t)
{
    public async Task<PairRuleView> SetPairRuleAsync(ClaimsPrincipal user, int roundId, PairRuleInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var errors = new FieldErrors();
        if (input.Kind is null) errors.Add(nameof(input.Kind), t["Pair.KindRequired"]);
        if (input.Kind == PairRuleKind.Pin && input.Role is null) errors.Add(nameof(input.Role), t["Pair.PinNeedsRole"]);
        errors.ThrowIfAny(t["Pair.Invalid"]);
        var ctx = await rounds.ContextAsync(roundId, round, ct);
        var p = ctx.Participants.FirstOrDefault(x => x.ParticipantId == input.ParticipantId);
        var v = ctx.Volunteers.FirstOrDefault(x => x.Person.EmployeeId == input.MentorEmployeeId);
        if (p is null) errors.Add(nameof(input.ParticipantId), t["Round.ParticipantNotIn", input.ParticipantId ?? 0]);
        if (v is null) errors.Add(nameof(input.MentorEmployeeId), t["Volunteer.NotFound"]);
        errors.ThrowIfAny(t["Pair.Invalid"]);
        var existing = round.PairRules.Where(r => r.ParticipantId == p!.ParticipantId && r.MentorEmployeeId == v!.Person.EmployeeId).ToList();
        if (input.Kind == PairRuleKind.Pin)
        {
            var role = input.Role!.Value;
            if (!p!.Roles.Contains(role)) errors.Add(nameof(input.Role), t["Pair.RoleNotNeeded", labels.RoleName(role)]);
            var verdict = ctx.Judge(p, v!, role);
            var forbidOfTriple = existing.Any(r => r.Kind == PairRuleKind.Forbid && (r.Role is null || r.Role == role));
            // A pin replaces a forbid of the same pair; any other reason stands.
            foreach (var reason in verdict.Reasons.Where(r => !(forbidOfTriple && r.Key == "Forbidden"))) errors.Add(nameof(input.MentorEmployeeId), labels.ReasonText(reason));
            var pins = round.PairRules.Where(r => r.Kind == PairRuleKind.Pin && !(r.ParticipantId == p.ParticipantId && r.MentorEmployeeId == v!.Person.EmployeeId)).ToList();
            if (pins.Any(r => r.ParticipantId == p.ParticipantId && r.Role == role)) errors.Add(nameof(input.Role), t["Pair.SlotPinned", labels.RoleName(role)]);
            if (pins.Count(r => r.MentorEmployeeId == v!.Person.EmployeeId && r.Role == role) + 1 > v!.Capacity(role)
                || pins.Count(r => r.MentorEmployeeId == v.Person.EmployeeId) + 1 > v.Total) errors.Add(nameof(input.MentorEmployeeId), t["Pair.PinsFull"]);
            errors.ThrowIfAny(t["Pair.Invalid"]);
        }
        db.MentoringPairRules.RemoveRange(existing);
        var rule = new MentoringPairRule { ParticipantId = p!.ParticipantId, MentorEmployeeId = v!.Person.EmployeeId, Role = input.Role, Kind = input.Kind!.Value, SetBy = actor };
        round.PairRules.Add(rule);
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
        return new PairRuleView(rule.Id, rule.ParticipantId, p.Person.Name, rule.MentorEmployeeId, v.Person.Name, rule.Role, rule.Role is { } r2 ? labels.RoleName(r2) : null, rule.Kind, t[MentoringKeys.Of("Pair", rule.Kind)]);
    }

    public async Task RemovePairRuleAsync(ClaimsPrincipal user, int roundId, int ruleId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var rule = round.PairRules.FirstOrDefault(r => r.Id == ruleId) ?? throw new NotFoundException(t["Pair.NotFound"]);
        round.PairRules.Remove(rule);
        db.MentoringPairRules.Remove(rule);
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }
}
