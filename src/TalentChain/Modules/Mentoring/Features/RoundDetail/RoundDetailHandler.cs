using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Modules.Mentoring.Features.Volunteers;
using TalentChain.Modules.Mentoring.Features.PairRules;
using TalentChain.Modules.Mentoring.Features.Waitlist;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.RoundDetail;

public sealed record RoundParticipantView(int ParticipantId, int EmployeeId, string EmployeeNumber, string Name, string Unit, List<MentorRole> Roles, string? FocusSkill, int? FocusLevel, bool FocusOverridden, List<int> PreferredMentorIds, List<string> PreferredMentorNames);
public sealed record ProposalRow(int ParticipantId, string ParticipantName, int MentorEmployeeId, string MentorName, MentorRole Role, string RoleName, int Score, bool Pinned, List<ScorePartView> Breakdown);
public sealed record ProposalView(int FilledSlots, long TotalScore, long BoundSlots, long BoundScore, bool Optimal, double Gap, int OpenSlots, string Source, DateTimeOffset? ProposedAt, List<ProposalRow> Rows)
{
    /// <summary>The (participant, role) slots the proposal leaves open, with the reason they would go to the waitlist with on publish.</summary>
    public List<OpenSlotView> Open { get; init; } = [];
}
public sealed record RoundDetail(RoundSummary Round, bool ImportedInstance, long Version, List<RoundParticipantView> Participants, List<VolunteerView> Volunteers,
    List<PairRuleView> PairRules, ProposalView? Proposal, List<WaitlistView> Waitlist)
{
    /// <summary>The viewer manages the round's program (false: an executive reading). For the page; not part of the API's answer.</summary>
    [JsonIgnore] public bool CanManage { get; init; }
}

/// <summary>A round as its managers see it: participants, volunteers, pins and forbids, the proposal with score breakdowns, the cohort's waitlist.</summary>
/// <remarks>Managers of the round's program, and executives read (403 for anyone else).</remarks>
public sealed class RoundDetailHandler(TalentChainDbContext db, RoundLoader rounds, MentoringAccess access, MentoringLabels labels, WaitlistHandler waitlists, IStringLocalizer<MentoringResource> t)
{
    public async Task<RoundDetail> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var canManage = await access.RequireReadAsync(user, id, ct);
        var ctx = await rounds.ContextAsync(id, null, ct);
        var round = ctx.Round;
        var names = await NamesAsync(ctx, ct);
        var employees = ctx.Participants.ToDictionary(p => p.ParticipantId, p => p.Person);
        var units = await db.EmployeeRefs.AsNoTracking().Where(e => names.Keys.Contains(e.Id)).Select(e => new { e.Id, e.OrgUnit!.Name, e.OrgUnit.NameZh }).ToDictionaryAsync(e => e.Id, e => UiCulture.Pick(e.Name, e.NameZh), ct);
        var participants = ctx.Participants.Select(p => new RoundParticipantView(p.ParticipantId, p.Person.EmployeeId, p.Person.Number, p.Person.Name, units.GetValueOrDefault(p.Person.EmployeeId, ""),
            [.. p.Roles.Order()], p.Focus?.SkillName, p.Focus?.RequiredLevel, p.Focus?.Overridden ?? false, [.. p.PreferredMentors],
            [.. p.PreferredMentors.Select(m => names.GetValueOrDefault(m, "#" + m.ToString(CultureInfo.InvariantCulture)))])).ToList();
        var proposal = Proposal(ctx, names);
        var assignedCount = proposal?.Rows.GroupBy(r => r.MentorEmployeeId).ToDictionary(g => g.Key, g => g.Count()) ?? [];
        var volunteers = round.Volunteers.OrderBy(v => v.Id).Select(v => new VolunteerView(v.Id, v.EmployeeId, ctx.Volunteers.First(x => x.Person.EmployeeId == v.EmployeeId).Person.Number,
            names.GetValueOrDefault(v.EmployeeId, ""), units.GetValueOrDefault(v.EmployeeId, ""), v.Technical, v.Career, v.Peer, v.Total, assignedCount.GetValueOrDefault(v.EmployeeId))).ToList();
        var rules = round.PairRules.OrderBy(r => r.Id).Select(r => new PairRuleView(r.Id, r.ParticipantId, employees.TryGetValue(r.ParticipantId, out var pe) ? pe.Name : "", r.MentorEmployeeId,
            names.GetValueOrDefault(r.MentorEmployeeId, ""), r.Role, r.Role is { } ro ? labels.RoleName(ro) : null, r.Kind, t[MentoringKeys.Of("Pair", r.Kind)])).ToList();
        var waitlist = await waitlists.WaitlistAsync(round.CohortId, ct);
        return new RoundDetail(labels.Summary(round, round.Participants.Count, round.Volunteers.Count), round.ImportedInstanceJson is not null, round.Version, participants, volunteers, rules, proposal, waitlist)
        {
            CanManage = canManage,
        };
    }

    private async Task<Dictionary<int, string>> NamesAsync(RoundContext ctx, CancellationToken ct)
    {
        var ids = ctx.Participants.Select(p => p.Person.EmployeeId).Concat(ctx.Volunteers.Select(v => v.Person.EmployeeId))
            .Concat(ctx.Participants.SelectMany(p => p.PreferredMentors)).Concat(ctx.Round.PairRules.Select(r => r.MentorEmployeeId)).Distinct().ToList();
        return (await db.EmployeeRefs.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct)).ToDictionary(e => e.Id, MentoringText.Person);
    }

    private ProposalView? Proposal(RoundContext ctx, Dictionary<int, string> names)
    {
        if (ctx.Round.ProposalJson is not { } json) return null;
        var result = MentoringJson.ReadResult(json);
        var instance = ctx.Instance();
        var scores = new Dictionary<(string, string, MentoringRole), int>();
        foreach (var c in instance.Candidates) scores.TryAdd((c.Participant, c.Mentor, c.Role), c.Score);
        var byNumber = ctx.Participants.ToDictionary(p => p.Person.Number, StringComparer.Ordinal);
        var volunteers = ctx.Volunteers.ToDictionary(v => v.Person.Number, StringComparer.Ordinal);
        var pins = ctx.Pins().ToHashSet();
        var rows = new List<ProposalRow>();
        foreach (var a in result.Assignments)
        {
            if (!byNumber.TryGetValue(a.Participant, out var p) || !volunteers.TryGetValue(a.Mentor, out var v)) continue;
            var role = MentoringMatching.FromSolver(a.Role);
            var verdict = ctx.Judge(p, v, role);
            var score = scores.GetValueOrDefault((a.Participant, a.Mentor, a.Role), verdict.Score);
            // An imported round file brings its own scores: the program's criteria did not make them, so the row says where the score came from.
            List<ScorePartView> breakdown = ctx.Round.ImportedInstanceJson is null ? [.. verdict.Breakdown.Select(labels.Part)] : [labels.Part(new ScorePart("Imported", score))];
            rows.Add(new ProposalRow(p.ParticipantId, p.Person.Name, v.Person.EmployeeId, names.GetValueOrDefault(v.Person.EmployeeId, v.Person.Name), role, labels.RoleName(role),
                score, pins.Contains(a), breakdown));
        }
        var slots = ctx.Participants.Sum(p => p.Roles.Count);
        var filled = result.Assignments.Where(a => byNumber.ContainsKey(a.Participant))
            .Select(a => (byNumber[a.Participant].ParticipantId, MentoringMatching.FromSolver(a.Role))).ToHashSet();
        var open = MentoringLabels.OpenSlots(ctx, instance, filled)
            .Select(o => new OpenSlotView(o.Participant.ParticipantId, o.Participant.Person.Name, o.Role, labels.RoleName(o.Role), o.Reason, t[MentoringKeys.Of("Wait", o.Reason)], labels.Details(o.Reason, o.Detail)))
            .OrderBy(o => o.ParticipantName, StringComparer.CurrentCulture).ThenBy(o => o.Role).ToList();
        return new ProposalView(result.FilledSlots, result.TotalScore, result.Bound.Count, result.Bound.Score, result.Optimal, result.Gap, slots - result.FilledSlots,
            t[MentoringKeys.Of("Source", ctx.Round.ProposalSource ?? "solver")], ctx.Round.ProposedAt, [.. rows.OrderBy(r => r.ParticipantName, StringComparer.CurrentCulture).ThenBy(r => r.Role)]) { Open = open };
    }
}
