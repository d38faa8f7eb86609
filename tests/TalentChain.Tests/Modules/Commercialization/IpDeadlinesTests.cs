using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>The deadline arithmetic: month ends and leap years clamp, each rule's period, the states.</summary>
public sealed class IpDeadlinesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2024, 2, 29, 12, 2025, 2, 28)]
    [InlineData(2023, 8, 31, 30, 2026, 2, 28)]
    [InlineData(2022, 8, 31, 18, 2024, 2, 29)]
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)]
    [InlineData(2024, 3, 15, 36, 2027, 3, 15)]
    [InlineData(2025, 10, 31, 4, 2026, 2, 28)]
    public void AddMonthsClamped_MonthEndsAndLeapYears_ClampToTheLastDay(int y, int m, int d, int months, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), IpDeadlines.AddMonthsClamped(D(y, m, d), months));

    [Fact]
    public void Periods_PriorityNationalPhaseExaminationResponse_FollowTheRules()
    {
        var priority = D(2024, 2, 29);
        Assert.Equal(D(2025, 2, 28), IpDeadlines.PriorityYear(priority));
        Assert.Equal(D(2026, 8, 29), IpDeadlines.NationalPhase(priority, PatentOffice.Cnipa));
        Assert.Equal(D(2026, 9, 29), IpDeadlines.NationalPhase(priority, PatentOffice.Epo));
        Assert.Equal(D(2027, 2, 28), IpDeadlines.ExaminationRequest(priority));
        Assert.Equal(D(2026, 2, 28), IpDeadlines.OfficeActionResponse(D(2025, 10, 31), IpDeadlines.DefaultResponseMonths(firstNotice: true)));
        Assert.Equal(D(2025, 12, 31), IpDeadlines.OfficeActionResponse(D(2025, 10, 31), IpDeadlines.DefaultResponseMonths(firstNotice: false)));
        Assert.Equal(D(2044, 2, 29), IpDeadlines.TermEnd(priority, FilingKind.Invention));
        Assert.Equal(D(2034, 2, 28), IpDeadlines.TermEnd(priority, FilingKind.UtilityModel));
        Assert.Equal(D(2039, 2, 28), IpDeadlines.TermEnd(priority, FilingKind.Design));
    }

    [Fact]
    public void Annuities_FromGrant_OnEachFilingAnniversaryWithSixMonthsGrace()
    {
        var annuities = IpDeadlines.Annuities(D(2020, 8, 31), D(2023, 5, 10), FilingKind.Invention).ToList();
        Assert.Equal((4, D(2023, 8, 31), D(2024, 2, 29)), annuities[0]);
        Assert.Equal((5, D(2024, 8, 31), D(2025, 2, 28)), annuities[1]);
        Assert.Equal(20, annuities[^1].Year);
        Assert.Equal(D(2039, 8, 31), annuities[^1].DueOn);
        Assert.Equal(8, IpDeadlines.Annuities(D(2020, 1, 1), D(2021, 6, 1), FilingKind.UtilityModel).Count());
    }

    [Fact]
    public void Compute_WithoutAndWithPct_NationalPhaseNotApplicableOrThirtyAndThirtyOneMonths()
    {
        var cn = new PatentFiling { Id = 1, Office = PatentOffice.Cnipa, Kind = FilingKind.Invention, FilingDate = D(2024, 2, 29), Status = FilingStatus.Filed };
        var rules = IpDeadlines.Compute([cn]);
        Assert.True(rules.Single(r => r.Kind == DeadlineKind.NationalPhase).NotApplicable);
        Assert.Equal(D(2027, 2, 28), rules.Single(r => r.Kind == DeadlineKind.ExaminationRequest).DueOn);
        var pct = new PatentFiling { Id = 2, Office = PatentOffice.Wipo, Kind = FilingKind.PctInternational, FilingDate = D(2025, 2, 27), PriorityDate = D(2024, 2, 29), Status = FilingStatus.Filed };
        rules = IpDeadlines.Compute([cn, pct]);
        var phases = rules.Where(r => r.Kind == DeadlineKind.NationalPhase).OrderBy(r => r.DueOn).ToList();
        Assert.Equal([D(2026, 8, 29), D(2026, 9, 29)], phases.Select(p => p.DueOn));
        Assert.All(phases, p => Assert.False(p.NotApplicable));
    }

    [Fact]
    public void StateOf_DatesAroundTheDeadline_OpenDueSoonOverdueDone()
    {
        var today = D(2026, 6, 15);
        Assert.Equal(IpDeadlines.State.Open, IpDeadlines.StateOf(today.AddDays(31), null, false, today));
        Assert.Equal(IpDeadlines.State.DueSoon, IpDeadlines.StateOf(today.AddDays(30), null, false, today));
        Assert.Equal(IpDeadlines.State.DueSoon, IpDeadlines.StateOf(today, null, false, today));
        Assert.Equal(IpDeadlines.State.Overdue, IpDeadlines.StateOf(today.AddDays(-1), null, false, today));
        Assert.Equal(IpDeadlines.State.Done, IpDeadlines.StateOf(today.AddDays(-1), today.AddDays(-3), false, today));
        Assert.Equal(IpDeadlines.State.NotApplicable, IpDeadlines.StateOf(today.AddDays(-1), null, true, today));
    }
}
