using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Exports.Demo;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Analytics;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Exports;

/// <summary>Statistics on a small hand-built data set, and the lifecycle's allowed and forbidden moves.</summary>
public sealed class AnalyticsAndLifecycleTests(ExportsSqliteFactory app) : IClassFixture<ExportsSqliteFactory>
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Party De = new() { Name = "DE customer", Country = "DE" };
    private static readonly Party Us = new() { Name = "US customer", Country = "US" };
    private static readonly Party In = new() { Name = "IN forwarder", Country = "IN" };

    private static LicenceApplication App(Party endUser, ApplicationStatus status, string accepted, string? decided, bool viaIndia = false, bool supplement = false)
    {
        var a = new LicenceApplication
        {
            Number = Guid.NewGuid().ToString("N"), ContractNumber = "C", EndUse = "x", Currency = "USD", Status = status, EndUser = endUser, Consignee = viaIndia ? In : endUser,
            AcceptedOn = D(accepted), DecidedOn = decided is null ? null : D(decided), EndUseCategory = EndUseCategory.Automotive,
        };
        a.Route.Add(new RouteLeg { Sequence = 1, FromCountry = "CN", ToCountry = viaIndia ? "IN" : endUser.Country });
        if (viaIndia) a.Route.Add(new RouteLeg { Sequence = 2, FromCountry = "IN", ToCountry = endUser.Country });
        if (supplement) a.Supplements.Add(new SupplementRequest { RequestedOn = D(accepted), DueOn = D(accepted), Request = "x" });
        return a;
    }

    [Fact]
    public void Analytics_OnAKnownDataSet_GivesTheHandComputedFigures()
    {
        // Working days on the China calendar from Mon 3 Nov 2025: 10 → 17 Nov, 20 → 1 Dec, 30 → 15 Dec, 50 → 2026-01-13 (1 Jan holiday).
        var apps = new List<LicenceApplication>
        {
            App(De, ApplicationStatus.Approved, "2025-11-03", "2025-11-17"),                // 10
            App(De, ApplicationStatus.Approved, "2025-11-03", "2025-12-01"),                // 20
            App(De, ApplicationStatus.Rejected, "2025-11-03", "2025-12-15"),                // 30 (rejected: not an approval time)
            App(Us, ApplicationStatus.Approved, "2025-11-03", "2025-12-15", supplement: true),              // 30
            App(Us, ApplicationStatus.PartiallyApproved, "2025-11-03", "2026-01-13", viaIndia: true, supplement: true), // 50
            App(Us, ApplicationStatus.UnderReview, "2026-10-23", null),                      // pending: 20 working days by Fri 20 Nov 2026 — bucket 16-30
            App(De, ApplicationStatus.Accepted, "2026-11-13", null),                         // pending: 5 working days — bucket 0-15
            App(De, ApplicationStatus.Draft, "2026-11-13", null),                            // not counted
        };
        var licence = new Licence { Number = "L1", Currency = "USD", ExpiresOn = D("2027-01-01") };
        licence.Lines.Add(new LicenceLine { ControlCode = "1C905.a", Unit = "kg", Quantity = 1000, ReservedQuantity = 300, ConsumedQuantity = 550 });

        using var scope = app.Services.CreateScope();
        var v = scope.ServiceProvider.GetRequiredService<AnalyticsHandler>().Compute(apps, [licence], ChinaCalendar.Working(), D("2026-11-20"));

        Assert.Equal(2, v.Pending);
        Assert.Equal([1, 1, 0, 0], v.Backlog.Select(b => b.Count));
        Assert.Equal(5, v.Decided);
        Assert.Equal(25.0, v.MedianDays);           // approvals 10, 20, 30, 50 → (20 + 30) / 2
        Assert.Equal(50, v.P90Days);                // nearest rank: ceil(0.9 × 4) = 4th
        var us = v.Segments.Single(s => s.Dimension == "EndUserCountry" && s.Key == "US");
        Assert.Equal((2, 100.0, 0.0, 100.0, 40.0), (us.Decided, us.ApprovalRate, us.RejectionRate, us.SupplementRate, us.MedianDays));
        var de = v.Segments.Single(s => s.Dimension == "EndUserCountry" && s.Key == "DE");
        Assert.Equal((3, 66.7, 33.3, 0.0, 15.0), (de.Decided, de.ApprovalRate, de.RejectionRate, de.SupplementRate, de.MedianDays));
        var via = v.Segments.Single(s => s.Dimension == "Route" && s.Key == "ViaThirdCountry");
        Assert.Equal((1, 50.0), (via.Decided, via.MedianDays!.Value));
        Assert.Equal("IN", v.Segments.Single(s => s.Dimension == "DestinationCountry" && s.Key == "IN").Key);
        Assert.Equal(85.0m, Assert.Single(v.Utilisation).UtilisationPercent);
    }

    [Fact]
    public void Statistics_ProbabilityLate_IsConditionalOnTheTimeAlreadyElapsed()
    {
        int[] durations = [10, 20, 30, 40, 50];
        Assert.Equal(0.6, ApprovalStatistics.ProbabilityLate(durations, 0, 25), 3);   // 30, 40, 50 of 5
        Assert.Equal(2.0 / 3, ApprovalStatistics.ProbabilityLate(durations, 25, 10), 3); // of 30, 40, 50: 40 and 50 exceed 35
        Assert.Equal(1.0, ApprovalStatistics.ProbabilityLate(durations, 60, 5), 3);   // already slower than all of history
        Assert.Equal("16-30", AnalyticsHandler.Bucket(16));
        Assert.Equal(">45", AnalyticsHandler.Bucket(46));
    }

    public static TheoryData<ApplicationStatus, ApplicationStatus> Forbidden() => new()
    {
        { ApplicationStatus.Draft, ApplicationStatus.Submitted },
        { ApplicationStatus.Draft, ApplicationStatus.Approved },
        { ApplicationStatus.Ready, ApplicationStatus.Accepted },
        { ApplicationStatus.Submitted, ApplicationStatus.UnderReview },
        { ApplicationStatus.Accepted, ApplicationStatus.Approved },
        { ApplicationStatus.SupplementRequested, ApplicationStatus.Approved },
        { ApplicationStatus.Approved, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Rejected, ApplicationStatus.UnderReview },
        { ApplicationStatus.Withdrawn, ApplicationStatus.Draft },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Lifecycle_ForbiddenMoves_AreNotAllowed(ApplicationStatus from, ApplicationStatus to) =>
        Assert.False(LicenceApplication.CanMove(from, to), $"{from} → {to}");

    [Fact]
    public void Lifecycle_DecisionsAreFinal_AndReviewCanAlternateWithSupplements()
    {
        foreach (var final in new[] { ApplicationStatus.Approved, ApplicationStatus.PartiallyApproved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn })
            Assert.Empty(LicenceApplication.Transitions[final]);
        Assert.True(LicenceApplication.CanMove(ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested));
        Assert.True(LicenceApplication.CanMove(ApplicationStatus.SupplementRequested, ApplicationStatus.SupplementProvided));
        Assert.True(LicenceApplication.CanMove(ApplicationStatus.SupplementProvided, ApplicationStatus.UnderReview));
        Assert.True(LicenceApplication.CanMove(ApplicationStatus.Returned, ApplicationStatus.Draft));
    }
}
