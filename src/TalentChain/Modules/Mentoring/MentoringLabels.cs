using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Mentoring;

namespace TalentChain.Modules.Mentoring;

public sealed record RoundSummary(int Id, string Name, int CohortId, string CohortName, int ProgramId, MentoringRoundKind Kind, string KindName, MentoringRoundStatus Status, string StatusName,
    DateOnly OpenedOn, DateOnly? PublishedOn, int Participants, int Volunteers, bool HasProposal);
public sealed record ScorePartView(string Criterion, string Label, int Points);
public sealed record OpenSlotView(int ParticipantId, string ParticipantName, MentorRole Role, string RoleName, WaitlistReason Reason, string ReasonText, List<string> Details);
public sealed record WaitlistView(int Id, int ParticipantId, string ParticipantName, MentorRole Role, string RoleName, WaitlistReason Reason, string ReasonText, List<string> Details, DateOnly AddedOn, DateOnly? FilledOn);

/// <summary>The module's values in the reader's language: roles, kinds, statuses, score parts, reasons, waitlist entries; and the open slots of a result.</summary>
public sealed class MentoringLabels(IStringLocalizer<MentoringResource> t, IStringLocalizer<PeopleResource> people)
{
    public ScorePartView Part(ScorePart p) => new(p.Criterion, t[MentoringKeys.Of("Score", p.Criterion)], p.Points);

    public string ReasonText(NotEligible r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var args = r.Args.Select(a => a switch { ProfessionalTitle title => people.Title(title), null => "", _ => a }).ToArray();
        return t[MentoringKeys.Of("Reason", r.Key), args];
    }

    public WaitlistView WaitView(MentoringWaitlistEntry w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var e = w.Participant!.Employee!;
        return new WaitlistView(w.Id, w.ParticipantId, MentoringText.Person(e), w.Role, RoleName(w.Role), w.Reason, t[MentoringKeys.Of("Wait", w.Reason)], Details(w.Reason, w.Detail), w.AddedOn, w.FilledOn);
    }

    /// <summary>A waitlist detail in the user's language: "rule (n volunteers)" parts for nobody eligible, else the note.</summary>
    public List<string> Details(WaitlistReason reason, string? detail) =>
        reason == WaitlistReason.NoEligibleVolunteer && detail is { Length: > 0 } d
            ? d.Split(';').Select(part => part.Split('=')).Where(kv => kv.Length == 2).Select(kv => t["WaitDetail", t[MentoringKeys.Of("ReasonShort", kv[0])], kv[1]].Value).ToList()
            : detail is { Length: > 0 } note ? [note] : [];

    /// <summary>
    /// The slots a result leaves open and why (the waitlist reason): nobody eligible (detail: the three most common
    /// rules that exclude the volunteers, "key=count;…"), or every eligible volunteer is full.
    /// </summary>
    public static List<(ParticipantFacts Participant, MentorRole Role, WaitlistReason Reason, string? Detail)> OpenSlots(
        RoundContext ctx, MentoringInstance instance, IReadOnlySet<(int ParticipantId, MentorRole Role)> filled)
    {
        var candidateSlots = instance.Candidates.Select(c => (c.Participant, MentoringMatching.FromSolver(c.Role))).ToHashSet();
        var open = new List<(ParticipantFacts, MentorRole, WaitlistReason, string?)>();
        foreach (var p in ctx.Participants)
            foreach (var role in p.Roles.Where(r => !filled.Contains((p.ParticipantId, r))))
            {
                var hasEligible = candidateSlots.Contains((p.Person.Number, role));
                var detail = hasEligible ? null : string.Join(';', ctx.Volunteers.SelectMany(v => ctx.Judge(p, v, role).Reasons.Select(r => r.Key))
                    .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}={g.Count()}")));
                open.Add((p, role, hasEligible ? WaitlistReason.VolunteersFull : WaitlistReason.NoEligibleVolunteer, detail));
            }
        return open;
    }

    public RoundSummary Summary(MentoringRound r, int participants, int volunteers) =>
        new(r.Id, r.Name, r.CohortId, r.Cohort!.Name, r.Cohort.ProgramId, r.Kind, t[MentoringKeys.Of("Kind", r.Kind)], r.Status, t[MentoringKeys.Of("Status", r.Status)], r.OpenedOn, r.PublishedOn, participants, volunteers, r.ProposalJson is not null);

    public string RoleName(MentorRole role) => t[MentoringKeys.Of("Role", role)];
}
