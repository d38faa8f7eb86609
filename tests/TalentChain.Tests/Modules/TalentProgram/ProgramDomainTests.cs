using System.Text;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Calendar;

namespace TalentChain.Tests.Modules.TalentProgram;

public class ICalendarTests
{
    [Fact]
    public void CalendarFeed_AnyEvents_FollowsIcalendarFormatting()
    {
        var longChinese = "第一次发展评审截止：" + new string('稀', 40) + "; 分离, 萃取\n第二行";
        var ics = ICalendar.Write("Test", new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero),
        [
            new CalendarEvent("review-1@talentchain", longChinese, null, null, null, new DateOnly(2026, 9, 15)),
            new CalendarEvent("session-2@talentchain", "Cascade course", "Bring PPE", new DateTimeOffset(2026, 6, 1, 1, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 1, 9, 30, 0, TimeSpan.Zero), null, "Room 201"),
        ]);

        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Equal(2, lines.Count(l => l.StartsWith("DTSTAMP:20260501T080000Z", StringComparison.Ordinal)));
        Assert.Contains("UID:review-1@talentchain", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20260915", lines);
        Assert.Contains("DTSTART:20260601T013000Z", lines);

        // Unfolding gives back the escaped summary.
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + longChinese.Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal), unfolded, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }
}

public class PlanDiffTests
{
    [Fact]
    public void Compare_ReportsAddedChangedAndRemovedItems_WithTheirReasons()
    {
        Guid kept = Guid.NewGuid(), gone = Guid.NewGuid(), added = Guid.NewGuid(), same = Guid.NewGuid();
        static Dictionary<string, string?> F(string target) => new() { ["TargetLevel"] = target, ["Outcome"] = "x" };
        PlanItemSnapshot[] from = [new(kept, "Goal", "Cascade", F("2")), new(gone, "Goal", "Old", F("1")), new(same, "Goal", "Same", F("3"))];
        PlanItemSnapshot[] to = [new(kept, "Goal", "Cascade", F("3")), new(added, "Activity", "Project", F("0")), new(same, "Goal", "Same", F("3"))];
        var reasons = new[] { (kept, "Target raised after a strong half-year"), (gone, "Goal reached early") }.ToLookup(r => r.Item1, r => r.Item2);

        var diff = PlanDiff.Compare(from, to, reasons);

        Assert.Equal(3, diff.Count);
        var changed = diff.Single(d => d.Key == kept);
        Assert.Equal(PlanChangeKind.Changed, changed.Change);
        Assert.Equal(new FieldChange("TargetLevel", "2", "3"), Assert.Single(changed.Fields));
        Assert.Equal(["Target raised after a strong half-year"], changed.Reasons);
        Assert.Equal(PlanChangeKind.Removed, diff.Single(d => d.Key == gone).Change);
        Assert.Equal(["Goal reached early"], diff.Single(d => d.Key == gone).Reasons);
        Assert.Equal(PlanChangeKind.Added, diff.Single(d => d.Key == added).Change);
        Assert.DoesNotContain(diff, d => d.Key == same);
    }
}

public class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    [Fact]
    public void Eligibility_SeveralRulesFailed_ExplainsEach()
    {
        var program = new DevelopmentProgram
        {
            Name = "P", EligibleTracks = [CareerTrack.Technical], EligibleSegments = [ChainSegment.Separation],
            MinTitle = ProfessionalTitle.Engineer, MinTenureYears = 3, MaxAge = 40,
        };
        var facts = new EmployeeFacts(CareerTrack.Management, ProfessionalTitle.AssistantEngineer, new DateOnly(2024, 6, 1), new DateOnly(1980, 1, 1), ChainSegment.Recycling, EmployeeStatus.Active);
        var reasons = Eligibility.Check(program, facts, Today);
        Assert.Equal(["Track", "Segment", "Title", "Tenure", "TooOld"], reasons.Select(r => r.Key));
        Assert.Equal([3, 1], reasons.Single(r => r.Key == "Tenure").Args);
        Assert.Equal([40, 46], reasons.Single(r => r.Key == "TooOld").Args);
    }

    [Fact]
    public void Eligibility_EveryRuleMet_IsAdmitted()
    {
        var program = new DevelopmentProgram { Name = "P", EligibleTracks = [CareerTrack.Technical], MinTenureYears = 1, MinAge = 22, MaxAge = 45 };
        var facts = new EmployeeFacts(CareerTrack.Technical, ProfessionalTitle.Engineer, new DateOnly(2025, 5, 1), new DateOnly(1995, 5, 2), ChainSegment.Separation, EmployeeStatus.Active);
        Assert.Empty(Eligibility.Check(program, facts, Today));
    }
}
