using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Mentoring.Features.RoundParticipants;

public sealed record RoundParticipantInput(List<MentorRole>? Roles, string? FocusSkillCode, List<int>? PreferredMentorIds);
public sealed record AddParticipantInput(int? ParticipantId);
public sealed record PreferencesInput(List<int>? PreferredMentorIds);

/// <summary>Who is in a round and what they need: add, remove, roles, focus-skill override, preferred mentors.</summary>
/// <remarks>Program managers of the round's program change who is in it (403 for anyone else); a participant names their own preferred mentors.</remarks>
public sealed class RoundParticipantsHandler(TalentChainDbContext db, RoundLoader rounds, MentoringAccess access, IProgramAccess programs, IStringLocalizer<MentoringResource> t)
{
    public async Task AddParticipantAsync(ClaimsPrincipal user, int roundId, AddParticipantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var p = await db.ParticipantRefs.FirstOrDefaultAsync(x => x.Id == input.ParticipantId && x.CohortId == round.CohortId && x.Status == ParticipantStatus.Selected, ct)
            ?? throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.ParticipantId), t["Round.NotActiveParticipant"]);
        if (round.Participants.Any(x => x.ParticipantId == p.Id)) throw ValidationFailedException.For(t["Round.Invalid"], nameof(input.ParticipantId), t["Round.AlreadyIn"]);
        round.Participants.Add(new MentoringRoundParticipant { ParticipantId = p.Id, Roles = [.. MentoringMatching.AllRoles] });
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveParticipantAsync(ClaimsPrincipal user, int roundId, int participantId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        round.Participants.Remove(p);
        db.MentoringPairRules.RemoveRange(round.PairRules.Where(r => r.ParticipantId == participantId));
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateParticipantAsync(ClaimsPrincipal user, int roundId, int participantId, RoundParticipantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var errors = new FieldErrors();
        if (input.Roles is { } roles)
        {
            if (roles.Count == 0) errors.Add(nameof(input.Roles), t["Round.NoRoles"]);
            else p.Roles = [.. roles.Distinct().Order()];
        }
        if (input.FocusSkillCode is not null)
        {
            if (input.FocusSkillCode.Length == 0) p.FocusSkillId = null;
            else if (await db.TaxonomyRefs.Where(n => n.Code == input.FocusSkillCode && n.Kind == TaxonomyKind.Skill).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct) is { } skill) p.FocusSkillId = skill;
            else errors.Add(nameof(input.FocusSkillCode), t["Round.UnknownSkill", input.FocusSkillCode]);
        }
        if (input.PreferredMentorIds is { } preferred) await SetPreferredAsync(p, preferred, errors, ct);
        errors.ThrowIfAny(t["Round.Invalid"]);
        db.Entry(p).Property(x => x.Roles).IsModified = true;
        db.Entry(p).Property(x => x.PreferredMentorIds).IsModified = true;
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }

    private async Task SetPreferredAsync(MentoringRoundParticipant p, List<int> preferred, FieldErrors errors, CancellationToken ct)
    {
        var ids = preferred.Distinct().ToList();
        if (ids.Count > 5) errors.Add("PreferredMentorIds", t["Round.TooManyPreferences", 5]);
        var known = await db.EmployeeRefs.Where(e => ids.Contains(e.Id) && e.Status == EmployeeStatus.Active).Select(e => e.Id).ToListAsync(ct);
        foreach (var unknown in ids.Except(known)) errors.Add("PreferredMentorIds", t["Round.UnknownEmployee", unknown]);
        if (!errors.Any) p.PreferredMentorIds = ids;
    }

    /// <summary>A participant names preferred mentors for a round they are in (or a program manager for them).</summary>
    public async Task SetPreferencesAsync(ClaimsPrincipal user, int roundId, int participantId, PreferencesInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!(await programs.RelationAsync(user, participantId, ct)).Self) await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var p = round.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var errors = new FieldErrors();
        await SetPreferredAsync(p, input.PreferredMentorIds ?? [], errors, ct);
        errors.ThrowIfAny(t["Round.Invalid"]);
        db.Entry(p).Property(x => x.PreferredMentorIds).IsModified = true;
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }
}
