using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Calendar;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Features.Calendar;

/// <summary>
/// The talent program's part of everyone's personal calendar feed: review deadlines, stage ends and training
/// sessions of the owner's employee — own, and those of mentees and direct reports; sessions they lecture.
/// </summary>
internal sealed class ProgramCalendarSource(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t) : ICalendarSource
{
    public async Task<IReadOnlyList<CalendarEvent>> EventsAsync(CalendarOwner owner, CancellationToken ct)
    {
        var events = new List<CalendarEvent>();
        if (owner.EmployeeId is { } me)
        {
            var today = clock.Today();
            var participants = db.Participants.Where(p => p.Status == ParticipantStatus.Selected && (p.EmployeeId == me || p.Employee!.ManagerId == me
                || p.Mentors.Any(m => m.MentorEmployeeId == me && m.From <= today && (m.To == null || m.To >= today))));
            var reviews = await db.Reviews.AsNoTracking().Where(r => r.CompletedOn == null && participants.Any(p => p.Id == r.ParticipantId))
                .Select(r => new { r.Id, r.Sequence, r.DueDate, r.Participant!.EmployeeId, r.Participant.Employee!.GivenName, r.Participant.Employee.FamilyName, r.Participant.Employee.ChineseName })
                .ToListAsync(ct);
            foreach (var r in reviews)
            {
                var who = ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName);
                events.Add(new CalendarEvent($"review-{r.Id}@talentchain", r.EmployeeId == me ? t["Calendar.OwnReview", r.Sequence] : t["Calendar.Review", r.Sequence, who],
                    null, null, null, r.DueDate, Url: $"{owner.BaseUrl}/program/reviews/{r.Id}"));
            }
            var stages = await db.ParticipantStages.AsNoTracking().Where(s => s.EndedOn == null && participants.Any(p => p.Id == s.ParticipantId))
                .Select(s => new { s.Id, s.PlannedEnd, s.ParticipantId, s.ProgramStage!.Name, s.ProgramStage.NameZh, P = s.ParticipantId, Emp = db.Set<Participant>().Where(p => p.Id == s.ParticipantId).Select(p => new { p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName }).First() })
                .ToListAsync(ct);
            foreach (var s in stages)
            {
                var who = ProgramText.Person(s.Emp.GivenName, s.Emp.FamilyName, s.Emp.ChineseName);
                events.Add(new CalendarEvent($"stage-{s.Id}@talentchain", t["Calendar.StageEnd", UiCulture.Pick(s.Name, s.NameZh), who], null, null, null, s.PlannedEnd,
                    Url: $"{owner.BaseUrl}/program/participants/{s.ParticipantId}"));
            }
            var sessions = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.LecturerEmployeeId == me || s.Enrollments.Any(e => e.EmployeeId == me && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed)))
                .Select(s => new { s.Id, s.StartsAt, s.EndsAt, s.Place, s.Course!.Code, s.Course.Name, s.Course.NameZh, Lecturing = s.LecturerEmployeeId == me })
                .ToListAsync(ct);
            foreach (var s in sessions)
                events.Add(new CalendarEvent($"session-{s.Id}@talentchain", (s.Lecturing ? t["Calendar.Lecturing"] + " " : "") + $"{UiCulture.Pick(s.Name, s.NameZh)} ({s.Code})",
                    null, s.StartsAt, s.EndsAt, null, s.Place, $"{owner.BaseUrl}/training/sessions/{s.Id}"));
        }
        return events;
    }
}
