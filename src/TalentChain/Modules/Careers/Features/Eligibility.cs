using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Features;

/// <summary>One requirement of a level and whether the person meets it; <see cref="Code"/> is stable (YearsBelow, Education, Evidence.Paper …).</summary>
public sealed record RequirementView(string Code, bool Met, string Text);

/// <summary>The automatic check of a level's requirements: eligible when every one is met; each unmet one named.</summary>
public sealed record EligibilityView(bool Eligible, IReadOnlyList<RequirementView> Requirements)
{
    public IEnumerable<RequirementView> Unmet => Requirements.Where(r => !r.Met);
}

/// <summary>
/// Checks a person against a level: years at the level below (from the employment timeline — the latest title or
/// promotion event naming it — or the hire date), minimum education (People's record) and the evidence types required.
/// </summary>
public sealed class Eligibility(TalentChainDbContext db, IStringLocalizer<CareersResource> L, CareersText text)
{
    public async Task<EligibilityView> CheckAsync(EmployeeRef person, LadderLevel level, IReadOnlyCollection<EvidenceType> evidence, DateOnly asOf, CancellationToken ct)
    {
        var ladder = level.Ladder ?? await db.CareerLadders.AsNoTracking().FirstAsync(l => l.Id == level.LadderId, ct);
        var below = level.Rank > 1
            ? await db.LadderLevels.AsNoTracking().FirstOrDefaultAsync(l => l.LadderId == level.LadderId && l.Rank == level.Rank - 1, ct)
            : null;
        var list = new List<RequirementView>();

        var (held, since) = await HeldSinceAsync(person, ladder, below, ct);
        var belowName = below is null ? L["Eligibility.Hire"].Value : below.DisplayName(CareersText.Chinese);
        if (!held)
            list.Add(new("YearsBelow", false, L["Eligibility.NotHeld", belowName]));
        else
        {
            var years = WholeYears(since, asOf);
            var ok = years >= level.YearsBelow;
            list.Add(new("YearsBelow", ok, ok
                ? L["Eligibility.YearsMet", level.YearsBelow, belowName, years, UiCulture.Iso(since)]
                : L["Eligibility.YearsShort", level.YearsBelow, belowName, years, UiCulture.Iso(since)]));
        }

        if (level.MinEducation != EducationLevel.Unknown)
        {
            var ok = person.Education >= level.MinEducation;
            list.Add(new("Education", ok, ok
                ? L["Eligibility.EducationMet", text.Enum(level.MinEducation)]
                : L["Eligibility.EducationShort", text.Enum(level.MinEducation), text.Enum(person.Education)]));
        }

        foreach (var type in level.EvidenceRequired.Distinct().Order())
        {
            var ok = evidence.Contains(type);
            list.Add(new("Evidence." + type, ok, ok ? L["Eligibility.EvidenceMet", text.Enum(type)] : L["Eligibility.EvidenceMissing", text.Enum(type)]));
        }
        return new EligibilityView(list.All(r => r.Met), list);
    }

    /// <summary>Full years from <paramref name="since"/> to <paramref name="asOf"/> (an anniversary counts on its day).</summary>
    public static int WholeYears(DateOnly since, DateOnly asOf)
    {
        if (asOf < since) return 0;
        var years = asOf.Year - since.Year;
        if (asOf < since.AddYears(years)) years--;
        return years;
    }

    /// <summary>Whether the person holds the level below, and since when.</summary>
    private async Task<(bool Held, DateOnly Since)> HeldSinceAsync(EmployeeRef person, CareerLadder ladder, LadderLevel? below, CancellationToken ct)
    {
        if (below is null) return (true, person.HireDate);
        var events = db.EmploymentEventRefs.AsNoTracking().Where(e => e.EmployeeId == person.Id);
        if (ladder.Kind == LadderKind.TitleSeries)
        {
            var named = await events.Where(e => e.Kind == EmploymentEventKind.TitleChanged && e.ToValue != null
                    && (e.ToValue.StartsWith(below.Name + BilingualValue.Separator) || e.ToValue == below.Name || e.ToValue.Contains(below.NameZh)))
                .OrderByDescending(e => e.EffectiveDate).Select(e => (DateOnly?)e.EffectiveDate).FirstOrDefaultAsync(ct);
            if (named is { } d) return (true, d);
            // The engineering rank People keeps (e.g. from an import without the title's date): since its last title change, else hire.
            if (below.EngineeringRank is { } rank && person.Title == rank)
            {
                var last = await events.Where(e => e.Kind == EmploymentEventKind.TitleChanged)
                    .OrderByDescending(e => e.EffectiveDate).Select(e => (DateOnly?)e.EffectiveDate).FirstOrDefaultAsync(ct);
                return (true, last ?? person.HireDate);
            }
            return (false, default);
        }
        // A track level below is held when the person is on the track at (at least) its grade.
        if (ladder.Track is { } track && person.Track != track) return (false, default);
        if (below.Grade is { } grade && person.Grade < grade) return (false, default);
        var promoted = await events.Where(e => e.Kind == EmploymentEventKind.Promoted || e.Kind == EmploymentEventKind.TrackChanged)
            .OrderByDescending(e => e.EffectiveDate).Select(e => (DateOnly?)e.EffectiveDate).FirstOrDefaultAsync(ct);
        return (true, promoted ?? person.HireDate);
    }
}
