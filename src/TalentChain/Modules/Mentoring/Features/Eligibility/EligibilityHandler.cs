using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Eligibility;

public sealed record VerdictView(int MentorEmployeeId, string MentorName, MentorRole Role, string RoleName, bool Eligible, List<string> Reasons, int Score, List<ScorePartView> Breakdown);
public sealed record EligibilityView(int ParticipantId, string ParticipantName, string? FocusSkill, int? FocusLevel, List<VerdictView> Verdicts)
{
    /// <summary>The round solves an imported instance file: its triples and scores, not these verdicts, are what the solver sees.</summary>
    public bool ImportedInstance { get; init; }
}

/// <summary>For one participant of a round: every volunteer and role, eligible with the score breakdown, or the reasons not.</summary>
/// <remarks>The round's managers, and executives read (403 for anyone else).</remarks>
public sealed class EligibilityHandler(RoundLoader rounds, MentoringAccess access, MentoringLabels labels, IStringLocalizer<MentoringResource> t)
{
    public async Task<EligibilityView> EligibilityAsync(ClaimsPrincipal user, int roundId, int participantId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, roundId, ct);
        var ctx = await rounds.ContextAsync(roundId, null, ct);
        var p = ctx.Participants.FirstOrDefault(x => x.ParticipantId == participantId) ?? throw new NotFoundException(t["Round.ParticipantNotIn", participantId]);
        var verdicts = new List<VerdictView>();
        foreach (var v in ctx.Volunteers)
            foreach (var role in p.Roles.Order())
            {
                var verdict = ctx.Judge(p, v, role);
                verdicts.Add(new VerdictView(v.Person.EmployeeId, v.Person.Name, role, labels.RoleName(role), verdict.Eligible, [.. verdict.Reasons.Select(labels.ReasonText)], verdict.Score, [.. verdict.Breakdown.Select(labels.Part)]));
            }
        return new EligibilityView(p.ParticipantId, p.Person.Name, p.Focus?.SkillName, p.Focus?.RequiredLevel, verdicts) { ImportedInstance = ctx.Round.ImportedInstanceJson is not null };
    }
}
