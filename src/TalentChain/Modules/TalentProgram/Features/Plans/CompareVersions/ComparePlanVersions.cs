using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

namespace TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;

/// <summary>The difference between two versions of a plan, item by item, with the reasons recorded in between.</summary>
public sealed class ComparePlanVersions(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, GetPlan plans)
{
    /// <summary>What changed between versions <paramref name="from"/> and <paramref name="to"/>, with the reasons recorded in between.</summary>
    public async Task<PlanDiffView> DiffAsync(int participantId, int from, int to, CancellationToken ct = default)
    {
        if (from >= to) throw ValidationFailedException.For(t["Diff.Invalid"], "from", t["Diff.Order"]);
        var a = await plans.GetAsync(participantId, from, ct);
        var b = await plans.GetAsync(participantId, to, ct);
        var planId = a.PlanId;
        var reasons = (await db.PlanChanges.AsNoTracking()
                .Where(c => db.Set<PlanVersion>().Any(v => v.Id == c.PlanVersionId && v.PlanId == planId && v.Number > from && v.Number <= to))
                .ToListAsync(ct))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .ToLookup(c => c.ItemKey, c => string.IsNullOrEmpty(c.Reason) ? $"{t.Enum(c.Kind)} ({c.ChangedBy})" : $"{c.Reason} ({t.Enum(c.Kind)}, {c.ChangedBy})");
        // A review refreshes the starting level of each goal from the skill record: show that as its own reason.
        var closing = a.Versions.Where(v => v.Number >= from && v.Number < to && v.CloseReason is not null).Select(v => v.CloseReason!).ToList();
        var diff = PlanDiff.Compare(Snapshots(a), Snapshots(b), reasons);
        var items = diff.Select(d => new DiffItem(d.Key, d.Kind, d.Title, d.Change, t.Enum(d.Change),
            [.. d.Fields.Select(f => new DiffField(t[$"Field.{f.Field}"], f.From, f.To))],
            d.Reasons.Count > 0 ? [.. d.Reasons] : closing)).ToList();
        return new PlanDiffView(participantId, a.ParticipantName, from, to, b.Versions, items);
    }

    private List<PlanItemSnapshot> Snapshots(PlanView v) =>
    [
        .. v.Goals.Select(g => new PlanItemSnapshot(g.Key, t["Item.Goal"], $"{g.SkillName} ({g.TaxonomyCode})", new Dictionary<string, string?>
        {
            ["Skill"] = g.TaxonomyCode, ["CurrentLevel"] = g.CurrentLevel.ToString(CultureInfo.InvariantCulture), ["TargetLevel"] = g.TargetLevel.ToString(CultureInfo.InvariantCulture),
            ["Outcome"] = g.Outcome, ["DueDate"] = ProgramText.Date(g.DueDate),
        })),
        .. v.Activities.Select(a => new PlanItemSnapshot(a.Key, t["Item.Activity"], a.Title, new Dictionary<string, string?>
        {
            ["Kind"] = a.KindName, ["Title"] = a.Title, ["Status"] = a.StatusName, ["Course"] = a.CourseCode,
            ["PlannedStart"] = a.PlannedStart is { } s ? ProgramText.Date(s) : null, ["PlannedEnd"] = a.PlannedEnd is { } e ? ProgramText.Date(e) : null,
        })),
    ];
}
