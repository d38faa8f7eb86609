using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.Sessions;

/// <summary>Sessions: scheduling one (with the lecturer picker) and reading one as the viewer may see it.</summary>
public sealed class TrainingSessions(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, SessionViews views)
{
    public async Task<SessionView> ScheduleAsync(SessionInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var code = ProgramText.Blank(input.CourseCode)?.ToUpperInvariant();
        var course = code is null ? null : await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
        if (course is null) errors.Add(nameof(input.CourseCode), t["Activity.CourseUnknown", code ?? ""]);
        var now = clock.GetUtcNow();
        if (input.StartsAt is not { } starts) errors.Add(nameof(input.StartsAt), t["Session.StartRequired"]);
        else if (starts < now) errors.Add(nameof(input.StartsAt), t["Session.InPast"]);
        if (input.EndsAt is not { } ends) errors.Add(nameof(input.EndsAt), t["Session.EndRequired"]);
        else if (input.StartsAt is { } s2 && ends <= s2) errors.Add(nameof(input.EndsAt), t["Session.EndBeforeStart"]);
        var place = ProgramText.Blank(input.Place);
        if (place is null) errors.Add(nameof(input.Place), t["Session.PlaceRequired"]);
        else if (place.Length > 200) errors.Add(nameof(input.Place), t["Common.TooLong", 200]);
        if (input.Capacity is not (>= 1 and <= 1000)) errors.Add(nameof(input.Capacity), t["Session.CapacityRange"]);
        var external = ProgramText.Blank(input.ExternalLecturer);
        var picked = ProgramText.Blank(input.Lecturer);
        if (input.LecturerEmployeeId is null && picked is not null)
        {
            var matches = await FindLecturersAsync(picked, exact: true, ct);
            if (matches.Count == 1) input = input with { LecturerEmployeeId = matches[0].EmployeeId };
            else
            {
                errors.Add(nameof(input.Lecturer), matches.Count == 0 ? t["Session.LecturerNotFound", picked] : t["Session.LecturerAmbiguous", picked, matches.Count]);
                if (external is not null) errors.Add(nameof(input.ExternalLecturer), t["Session.OneLecturer"]);
            }
        }
        if (input.LecturerEmployeeId is { } lecturer)
        {
            if (!await db.EmployeeRefs.AnyAsync(e => e.Id == lecturer && e.Status == EmployeeStatus.Active, ct)) errors.Add(nameof(input.LecturerEmployeeId), t["Session.LecturerUnknown", lecturer]);
            if (external is not null) errors.Add(nameof(input.ExternalLecturer), t["Session.OneLecturer"]);
        }
        else if (external is null) { if (picked is null) errors.Add(nameof(input.Lecturer), t["Session.LecturerRequired"]); }
        else if (external.Length > 200) errors.Add(nameof(input.ExternalLecturer), t["Common.TooLong", 200]);
        errors.ThrowIfAny(t["Session.Invalid"]);
        var session = new TrainingSession
        {
            CourseId = course!.Id, StartsAt = input.StartsAt!.Value, EndsAt = input.EndsAt!.Value, Place = place!, Capacity = input.Capacity!.Value,
            LecturerEmployeeId = input.LecturerEmployeeId, ExternalLecturer = input.LecturerEmployeeId is null ? external : null,
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return await views.SessionAsync(session.Id, null, ct);
    }

    /// <summary>
    /// Active employees for the lecturer picker. <paramref name="exact"/> false: the number or a name contains the
    /// text (suggestions while typing, at most 10). True: the text's first word is an employee number, or the text is
    /// a full name ("Given Family", "Family Given" or the Chinese name) — the picker's own suggestions always resolve.
    /// </summary>
    public async Task<List<LecturerChoice>> FindLecturersAsync(string? text, bool exact = false, CancellationToken ct = default)
    {
        var q = ProgramText.Blank(text);
        if (q is null || TextInput.HasControlCharacters(q)) return []; // matches no one (see SearchEmployees)
        if (q.Length > 200) q = q[..200];
        var active = db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active);
        List<(int Id, string Number, string Given, string Family, string? Chinese)> rows = [];
        if (exact)
        {
            var number = q.Split([' ', '·', '\t'], StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
            rows = (await active.Where(e => e.EmployeeNumber == number).Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).ToListAsync(ct))
                .Select(e => (e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName)).ToList();
        }
        if (rows.Count == 0)
        {
            // SearchText is lower-case and holds the number, both name orders and the Chinese name: every word must occur.
            var query = active;
            foreach (var word in q.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6))
                query = query.Where(e => e.SearchText.Contains(word));
            var found = (await query.OrderBy(e => e.FamilyName).ThenBy(e => e.GivenName).ThenBy(e => e.EmployeeNumber).Take(exact ? 50 : 10)
                    .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).ToListAsync(ct))
                .Select(e => (e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName));
            if (exact)
                found = found.Where(e => string.Equals($"{e.GivenName} {e.FamilyName}", q, StringComparison.OrdinalIgnoreCase)
                    || string.Equals($"{e.FamilyName} {e.GivenName}", q, StringComparison.OrdinalIgnoreCase) || e.ChineseName == q);
            rows = found.ToList();
        }
        return rows.Select(r =>
        {
            var name = ProgramText.Person(r.Given, r.Family, r.Chinese);
            var label = r.Chinese is { Length: > 0 } zh ? $"{r.Number} · {r.Given} {r.Family} · {zh}" : $"{r.Number} · {r.Given} {r.Family}";
            return new LecturerChoice(r.Id, r.Number, name, label);
        }).ToList();
    }

    /// <summary>
    /// A session with its enrolment list as the viewer may see it. Everyone signed in sees who attends (the list,
    /// statuses, waitlist); results — attendance, score, pass or fail — only the person, the session's lecturer,
    /// program managers and everyone above the person in the management chain (need-to-know, ADR 0030).
    /// </summary>
    public async Task<SessionView> GetSessionAsync(int id, ClaimsPrincipal viewer, CancellationToken ct = default) =>
        await views.SessionAsync(id, viewer, ct);
}
