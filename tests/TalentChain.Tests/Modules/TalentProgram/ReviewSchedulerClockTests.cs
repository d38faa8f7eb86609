using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.TalentProgram.Features.Cohorts;
using TalentChain.Modules.TalentProgram.Features.Reviews;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Tests.Modules.TalentProgram;

/// <summary>The app on a settable clock, starting 1 March 2026.</summary>
public sealed class ProgramClockFactory : TalentChainFactory
{
    public ProgramClockFactory() : base(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero))) { }
}

/// <summary>The review scheduler against the injected clock: due dates, overdue flags and reminders move with time.</summary>
public class ReviewSchedulerClockTests(ProgramClockFactory app) : IClassFixture<ProgramClockFactory>
{
    [Fact]
    public async Task FirstReview_StartOn31August_FallsDueOn28FebruaryAndRemindsOnce()
    {
        var clock = app.Clock!;
        clock.AdjustTime(new DateTimeOffset(2025, 8, 20, 2, 0, 0, TimeSpan.Zero));
        var pm = await app.ApiClientAsync("pm");
        var cohort = await app.WithDbAsync(db => db.Cohorts.OrderBy(c => c.StartDate).Select(c => c.Id).FirstAsync());
        var candidates = await pm.GetJsonAsync<List<CandidateView>>($"/api/v1/program/cohorts/{cohort}/candidates?eligibleOnly=true");
        var employeeId = candidates[0].EmployeeId;
        var nominated = await ApiAssert.JsonAsync<BoardRow>(await pm.PostAsJsonAsync($"/api/v1/program/cohorts/{cohort}/nominations", new { employeeId }), HttpStatusCode.Created);
        var id = nominated.ParticipantId;
        await ApiAssert.JsonAsync<BoardRow>(await pm.PostAsJsonAsync($"/api/v1/program/participants/{id}/selection", new { step = "Select", startDate = "2025-08-31" }), HttpStatusCode.OK);

        var review = await app.WithDbAsync(db => db.Reviews.AsNoTracking().SingleAsync(r => r.ParticipantId == id));
        Assert.Equal(new DateOnly(2026, 2, 28), review.DueDate);

        // 14 days ahead (the program's window) the reminder goes out, once however often the task runs.
        clock.AdjustTime(new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero));
        await RunRemindersAsync();
        Assert.Equal(0, await CountAsync(review.Id));
        clock.AdjustTime(new DateTimeOffset(2026, 2, 14, 2, 0, 0, TimeSpan.Zero));
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Equal(1, await CountAsync(review.Id, employeeId));

        clock.AdjustTime(new DateTimeOffset(2026, 2, 28, 12, 0, 0, TimeSpan.Zero));
        pm = await app.ApiClientAsync("pm"); // personal access tokens expire with the clock too
        var onTheDay = await pm.GetJsonAsync<ReviewView>($"/api/v1/program/reviews/{review.Id}");
        Assert.False(onTheDay.Overdue);

        clock.AdjustTime(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        pm = await app.ApiClientAsync("pm");
        var overdue = await pm.GetJsonAsync<List<ReviewListRow>>("/api/v1/program/reviews?overdue=true");
        var row = overdue.Single(r => r.Id == review.Id);
        Assert.Equal(1, row.DaysLate);
        await RunRemindersAsync();
        Assert.Equal(2, await CountAsync(review.Id, employeeId));
        Assert.Contains(await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey == $"review:{review.Id}:overdue").Select(n => n.Subject).ToListAsync()),
            s => s.StartsWith("Overdue: development review #1", StringComparison.Ordinal));

        // Completing it on 2 March schedules the second review from the start: 31 August 2026, not 28 August.
        await ApiAssert.JsonAsync(await pm.PostAsJsonAsync($"/api/v1/program/reviews/{review.Id}/complete", new { decision = "OnTrack" }), HttpStatusCode.OK);
        Assert.Equal(new DateOnly(2026, 8, 31), await app.WithDbAsync(db => db.Reviews.Where(r => r.ParticipantId == id && r.Sequence == 2).Select(r => r.DueDate).SingleAsync()));
    }

    private async Task RunRemindersAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReviewReminderTask>().RunAsync(default);
    }

    private Task<int> CountAsync(int reviewId, int? employeeId = null) => app.WithDbAsync(db =>
        db.Notifications.CountAsync(n => n.DedupKey!.StartsWith($"review:{reviewId}:") && (employeeId == null || n.EmployeeId == employeeId)));
}
