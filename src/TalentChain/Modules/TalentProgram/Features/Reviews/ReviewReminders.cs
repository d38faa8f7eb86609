using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Reviews;

/// <summary>
/// Review reminders, in the app and by e-mail: once when a review enters its program's reminder window
/// (ReminderDaysAhead before the due date) and once when it becomes overdue — to the participant, their line
/// manager and current mentors. Dedup keys make reruns harmless.
/// </summary>
public sealed class ReviewReminderTask(TalentChainDbContext db, TimeProvider clock, INotifier notifier) : IPeriodicTask
{
    public const string TaskName = "program-review-reminders";
    public string Name => TaskName;
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct) => await SendAsync(ct);

    /// <summary>Sends what is due; returns how many reminders were attempted (before dedup).</summary>
    public async Task<int> SendAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var horizon = today.AddDays(90);
        var open = await db.Reviews.AsNoTracking()
            .Where(r => r.CompletedOn == null && r.DueDate <= horizon && r.Participant!.Status == ParticipantStatus.Selected)
            .Select(r => new { r.Id, r.ParticipantId, r.Sequence, r.DueDate, r.Participant!.Cohort!.Program!.ReminderDaysAhead, r.Participant.Employee!.GivenName, r.Participant.Employee.FamilyName, r.Participant.Employee.ChineseName })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var r in open)
        {
            var overdue = r.DueDate < today;
            if (!overdue && !ReviewSchedule.ReminderDue(r.DueDate, today, r.ReminderDaysAhead)) continue;
            var due = r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = PersonName.Full(r.GivenName, r.FamilyName, r.ChineseName);
            foreach (var employeeId in await ReviewHandlers.RecipientsAsync(db, r.ParticipantId, today, ct))
            {
                await notifier.NotifyEmployeeAsync<TalentProgramResource>(employeeId,
                    overdue ? "Reminder.Overdue.Subject" : "Reminder.Due.Subject", overdue ? "Reminder.Overdue.Body" : "Reminder.Due.Body",
                    [name, r.Sequence, due], $"/program/reviews/{r.Id}",
                    overdue ? $"review:{r.Id}:overdue" : $"review:{r.Id}:due:{due}", ct);
                sent++;
            }
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}

public static class ReviewReminderRegistration
{
    public static IServiceCollection AddReviewReminders(this IServiceCollection services)
    {
        services.AddPeriodicTask<ReviewReminderTask>();
        return services;
    }
}
