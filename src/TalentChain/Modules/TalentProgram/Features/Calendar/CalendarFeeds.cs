using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Features.Calendar;

/// <summary>
/// Personal calendar feeds: a secret URL per user (regenerable, which revokes the old one) serving review
/// deadlines, stage ends and training sessions of the user's employee — own, and those of mentees and reports.
/// </summary>
public sealed class CalendarFeeds(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string FeedPath(string token) => $"/calendar/{token}.ics";

    public async Task<string> TokenAsync(string userId, CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is not null) return feed.Value;
        return await RegenerateAsync(userId, ct);
    }

    public async Task<string> RegenerateAsync(string userId, CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, ct);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        if (feed is null) db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, Value = token, CreatedAt = clock.GetUtcNow() });
        else { feed.Value = token; feed.CreatedAt = clock.GetUtcNow(); }
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The .ics text for a token, or null when no feed has that token (a regenerated one no longer works).</summary>
    public async Task<string?> RenderAsync(string token, string baseUrl, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.Value == token, ct);
        if (feed is null) return null;
        var employeeId = await db.Users.AsNoTracking().Where(u => u.Id == feed.UserId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
        var events = new List<CalendarEvent>();
        if (employeeId is { } me)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var participants = db.Participants.Where(p => p.Status == ParticipantStatus.Selected && (p.EmployeeId == me || p.Employee!.ManagerId == me
                || p.Mentors.Any(m => m.MentorEmployeeId == me && m.From <= today && (m.To == null || m.To >= today))));
            var reviews = await db.Reviews.AsNoTracking().Where(r => r.CompletedOn == null && participants.Any(p => p.Id == r.ParticipantId))
                .Select(r => new { r.Id, r.Sequence, r.DueDate, r.Participant!.EmployeeId, r.Participant.Employee!.GivenName, r.Participant.Employee.FamilyName, r.Participant.Employee.ChineseName })
                .ToListAsync(ct);
            foreach (var r in reviews)
            {
                var who = ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName);
                events.Add(new CalendarEvent($"review-{r.Id}@talentchain", r.EmployeeId == me ? t["Calendar.OwnReview", r.Sequence] : t["Calendar.Review", r.Sequence, who],
                    null, null, null, r.DueDate, Url: $"{baseUrl}/program/reviews/{r.Id}"));
            }
            var stages = await db.ParticipantStages.AsNoTracking().Where(s => s.EndedOn == null && participants.Any(p => p.Id == s.ParticipantId))
                .Select(s => new { s.Id, s.PlannedEnd, s.ParticipantId, s.ProgramStage!.Name, s.ProgramStage.NameZh, P = s.ParticipantId, Emp = db.Participants.Where(p => p.Id == s.ParticipantId).Select(p => new { p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName }).First() })
                .ToListAsync(ct);
            foreach (var s in stages)
            {
                var who = ProgramText.Person(s.Emp.GivenName, s.Emp.FamilyName, s.Emp.ChineseName);
                events.Add(new CalendarEvent($"stage-{s.Id}@talentchain", t["Calendar.StageEnd", ProgramText.Pick(s.Name, s.NameZh), who], null, null, null, s.PlannedEnd,
                    Url: $"{baseUrl}/program/participants/{s.ParticipantId}"));
            }
            var sessions = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.LecturerEmployeeId == me || s.Enrollments.Any(e => e.EmployeeId == me && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed)))
                .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.Place, s.Course!.Code, s.Course.Name, s.Course.NameZh, Lecturing = s.LecturerEmployeeId == me })
                .ToListAsync(ct);
            foreach (var s in sessions)
                events.Add(new CalendarEvent($"session-{s.Id}@talentchain", (s.Lecturing ? t["Calendar.Lecturing"] + " " : "") + $"{ProgramText.Pick(s.Name, s.NameZh)} ({s.Code})",
                    null, s.StartsAt, s.EndsAt, null, s.Place, $"{baseUrl}/training/sessions/{s.Id}"));
        }
        var ordered = events.OrderBy(e => e.AllDay?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? e.Start!.Value.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparer.Ordinal).ThenBy(e => e.Uid, StringComparer.Ordinal);
        return ICalendar.Write(t["Calendar.Name"], clock.GetUtcNow(), ordered);
    }
}
