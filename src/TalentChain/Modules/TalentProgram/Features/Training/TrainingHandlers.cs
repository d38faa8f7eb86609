using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Training;

public sealed record LayerInput(string? Code, string? Name, string? NameZh, int? Order);

public sealed record CourseSkillInput(string? TaxonomyCode, int? Level);

public sealed record CourseInput(string? LayerCode, string? Code, string? Name, string? NameZh, string? Description, decimal? Hours, List<CourseSkillInput>? Skills);

/// <summary>A session: when and where, capacity, and a lecturer — an employee (internal expert) or an external name.</summary>
/// <remarks>
/// <see cref="Lecturer"/> is the picker's text: an employee number (optionally followed by the name, as the picker
/// suggests it: "E100049 · Chun Luo · 罗春") or a full name in pinyin or Chinese characters. It is resolved to exactly
/// one active employee; it is ignored when <see cref="LecturerEmployeeId"/> is given.
/// </remarks>
public sealed record SessionInput(string? CourseCode, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, int? Capacity, int? LecturerEmployeeId, string? ExternalLecturer, string? Lecturer = null);

/// <summary>One suggestion of the lecturer picker.</summary>
public sealed record LecturerChoice(int EmployeeId, string EmployeeNumber, string Name, string Label);

/// <summary>Enroll. When the session is full: with JoinWaitlist (default) you go on its waitlist, otherwise the enrollment is refused.</summary>
public sealed record EnrollInput(int? EmployeeId, bool JoinWaitlist = true);

/// <summary>The outcome for one learner: attended, assessment score (0–100), passed. Passing completes the course.</summary>
public sealed record ResultInput(bool? Attended, int? Score, bool? Passed, long? Version = null);

public sealed record CourseSkillView(string TaxonomyCode, string SkillName, int Level, string LevelName);

public sealed record SessionSummary(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, int Enrolled, int Waitlisted, string Lecturer);

public sealed record CourseView(int Id, string Code, string Name, string NameEn, string? NameZh, string? Description, decimal Hours, string LayerCode, string LayerName, List<CourseSkillView> Skills, List<SessionSummary> Sessions);

public sealed record LayerView(int Id, string Code, string Name, int Order, List<CourseView> Courses);

/// <param name="ResultVisible">
/// False when the caller may not see this person's result: then Attended, Score and CompletedOn are null and a
/// completed or failed enrolment reads as Enrolled (see <see cref="TrainingHandlers.GetSessionAsync"/>).
/// </param>
public sealed record EnrollmentView(int Id, int EmployeeId, string Name, string EmployeeNumber, EnrollmentStatus Status, string StatusName, int? WaitlistPosition, bool? Attended, int? Score, DateOnly? CompletedOn, long Version,
    bool ResultVisible = true);

public sealed record SessionView(int Id, int CourseId, string CourseCode, string CourseName, string LayerName, decimal Hours, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity,
    int? LecturerEmployeeId, string Lecturer, bool External, List<CourseSkillView> Skills, List<EnrollmentView> Enrollments, int PlacesLeft, long Version);

public sealed record EnrollResult(EnrollmentView Enrollment, string Message);

public sealed class TrainingHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, PeopleLabels labels, INotifier notifier,
    ProgramAccess access, ManagementChain chain, IStringLocalizer<SharedResource> shared)
{
    private DateOnly Today => clock.Today();

    public async Task<List<LayerView>> CatalogAsync(bool upcomingOnly = true, CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var now = clock.GetUtcNow();
        var layers = await db.TrainingLayers.AsNoTracking().OrderBy(l => l.Order).ToListAsync(ct);
        var courses = await db.Courses.AsNoTracking().Include(c => c.Skills).ThenInclude(s => s.TaxonomyNode).AsSplitQuery().OrderBy(c => c.Code).ToListAsync(ct);
        var sessionRows = await db.TrainingSessions.AsNoTracking().Where(s => !upcomingOnly || s.EndsAt >= now)
            .Select(s => new
            {
                s.Id, s.CourseId, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.ExternalLecturer,
                L = s.Lecturer == null ? null : new { s.Lecturer.GivenName, s.Lecturer.FamilyName, s.Lecturer.ChineseName },
                Enrolled = s.Enrollments.Count(e => e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed || e.Status == EnrollmentStatus.NotPassed),
                Waitlisted = s.Enrollments.Count(e => e.Status == EnrollmentStatus.Waitlisted),
            }).ToListAsync(ct);
        var sessions = sessionRows.OrderBy(s => s.StartsAt.UtcTicks).ToLookup(s => s.CourseId, s => new SessionSummary(s.Id, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.Enrolled, s.Waitlisted,
            s.L is { } l ? ProgramText.Person(l.GivenName, l.FamilyName, l.ChineseName) : s.ExternalLecturer ?? ""));
        return [.. layers.Select(l => new LayerView(l.Id, l.Code, l.DisplayName(chinese), l.Order,
            [.. courses.Where(c => c.LayerId == l.Id).Select(c => ToView(c, l, [.. sessions[c.Id]]))]))];
    }

    private CourseView ToView(Course c, TrainingLayer l, List<SessionSummary> sessions) =>
        new(c.Id, c.Code, c.DisplayName(UiCulture.IsChinese), c.Name, c.NameZh, c.Description, c.Hours, l.Code, l.DisplayName(UiCulture.IsChinese),
            [.. c.Skills.Select(s => new CourseSkillView(s.TaxonomyNode!.Code, s.TaxonomyNode.DisplayName(UiCulture.IsChinese), s.Level, labels.Level(s.Level)))], sessions);

    public async Task<LayerView> AddLayerAsync(LayerInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var code = ProgramText.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), t["Layer.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.TrainingLayers.AnyAsync(l => l.Code == code, ct)) errors.Add(nameof(input.Code), t["Layer.CodeTaken", code]);
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Layer.NameRequired"]);
        errors.ThrowIfAny(t["Layer.Invalid"]);
        var order = input.Order ?? (await db.TrainingLayers.MaxAsync(l => (int?)l.Order, ct) ?? 0) + 1;
        var layer = new TrainingLayer { Code = code!, Name = name!, NameZh = ProgramText.Blank(input.NameZh), Order = order };
        db.TrainingLayers.Add(layer);
        await db.SaveChangesAsync(ct);
        return new LayerView(layer.Id, layer.Code, layer.DisplayName(UiCulture.IsChinese), layer.Order, []);
    }

    public async Task<CourseView> AddCourseAsync(CourseInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var layerCode = ProgramText.Blank(input.LayerCode)?.ToUpperInvariant();
        var layer = layerCode is null ? null : await db.TrainingLayers.AsNoTracking().FirstOrDefaultAsync(l => l.Code == layerCode, ct);
        if (layer is null) errors.Add(nameof(input.LayerCode), t["Course.LayerUnknown", layerCode ?? ""]);
        var code = ProgramText.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), t["Course.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.Courses.AnyAsync(c => c.Code == code, ct)) errors.Add(nameof(input.Code), t["Course.CodeTaken", code]);
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Course.NameRequired"]);
        else if (name.Length > 300) errors.Add(nameof(input.Name), t["Common.TooLong", 300]);
        if (input.Hours is not (> 0 and <= 1000)) errors.Add(nameof(input.Hours), t["Course.HoursRange"]);
        var skills = new List<CourseSkill>();
        foreach (var s in input.Skills ?? [])
        {
            var skillCode = (s.TaxonomyCode ?? "").Trim().ToUpperInvariant();
            if (skillCode.Length == 0) continue;
            var node = await db.TaxonomyNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Code == skillCode, ct);
            if (node is null || node.Kind != TaxonomyKind.Skill) errors.Add(nameof(input.Skills), t["Goal.SkillUnknown", skillCode]);
            else if (s.Level is not { } level || level < 1 || level > Proficiency.Max) errors.Add(nameof(input.Skills), t["Course.SkillLevelRange", skillCode]);
            else if (skills.All(x => x.TaxonomyNodeId != node.Id)) skills.Add(new CourseSkill { TaxonomyNodeId = node.Id, Level = level });
        }
        errors.ThrowIfAny(t["Course.Invalid"]);
        var course = new Course { LayerId = layer!.Id, Code = code!, Name = name!, NameZh = ProgramText.Blank(input.NameZh), Description = ProgramText.Blank(input.Description), Hours = input.Hours!.Value };
        course.Skills.AddRange(skills);
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return (await CatalogAsync(false, ct)).SelectMany(l => l.Courses).First(c => c.Id == course.Id);
    }

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
            if (!await db.Employees.AnyAsync(e => e.Id == lecturer && e.Status == EmployeeStatus.Active, ct)) errors.Add(nameof(input.LecturerEmployeeId), t["Session.LecturerUnknown", lecturer]);
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
        return await SessionAsync(session.Id, null, ct);
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
        var active = db.Employees.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active);
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
        await SessionAsync(id, viewer, ct);

    /// <summary>Who sees which enrollee's result; null viewer: the handler's own answers to an authorised write.</summary>
    private async Task<Func<int, bool>> ResultAudienceAsync(ClaimsPrincipal? viewer, int? lecturer, IReadOnlyCollection<int> enrollees, CancellationToken ct)
    {
        if (viewer is null || ProgramPolicies.IsManager(viewer)) return _ => true;
        if (await access.ViewerEmployeeIdAsync(viewer, ct) is not { } me) return _ => false;
        if (lecturer == me) return _ => true;
        var managed = await chain.ManagedAmongAsync(me, enrollees, ct);
        return employee => employee == me || managed.Contains(employee);
    }

    private async Task<SessionView> SessionAsync(int id, ClaimsPrincipal? viewer, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.AsNoTracking().Include(x => x.Course).ThenInclude(c => c!.Layer)
            .Include(x => x.Course).ThenInclude(c => c!.Skills).ThenInclude(k => k.TaxonomyNode)
            .Include(x => x.Lecturer).Include(x => x.Enrollments).ThenInclude(e => e.Employee).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Session.NotFound", id]);
        var seesResult = await ResultAudienceAsync(viewer, s.LecturerEmployeeId, [.. s.Enrollments.Select(e => e.EmployeeId)], ct);
        var waitlist = s.Enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted).OrderBy(e => e.EnrolledAt.UtcTicks).ThenBy(e => e.Id).Select(e => e.Id).ToList();
        var enrollments = s.Enrollments.OrderBy(e => e.Status == EnrollmentStatus.Waitlisted).ThenBy(e => e.Status == EnrollmentStatus.Cancelled).ThenBy(e => e.EnrolledAt.UtcTicks).ThenBy(e => e.Id)
            .Select(e =>
            {
                var name = ProgramText.Person(e.Employee!.GivenName, e.Employee.FamilyName, e.Employee.ChineseName);
                var position = e.Status == EnrollmentStatus.Waitlisted ? waitlist.IndexOf(e.Id) + 1 : (int?)null;
                if (seesResult(e.EmployeeId))
                    return new EnrollmentView(e.Id, e.EmployeeId, name, e.Employee.EmployeeNumber, e.Status, t.Enum(e.Status), position, e.Attended, e.Score, e.CompletedOn, e.Version);
                // Completed and NotPassed are results too: to others the person simply took a place.
                var status = e.Status is EnrollmentStatus.Completed or EnrollmentStatus.NotPassed ? EnrollmentStatus.Enrolled : e.Status;
                return new EnrollmentView(e.Id, e.EmployeeId, name, e.Employee.EmployeeNumber, status, t.Enum(status), position, null, null, null, e.Version, ResultVisible: false);
            })
            .ToList();
        var c = s.Course!;
        return new SessionView(s.Id, c.Id, c.Code, c.DisplayName(UiCulture.IsChinese), c.Layer!.DisplayName(UiCulture.IsChinese), c.Hours, s.StartsAt, s.EndsAt, s.Place, s.Capacity,
            s.LecturerEmployeeId, s.Lecturer is { } l ? ProgramText.Person(l.GivenName, l.FamilyName, l.ChineseName) : s.ExternalLecturer ?? "", s.Lecturer is null,
            [.. c.Skills.Select(k => new CourseSkillView(k.TaxonomyNode!.Code, k.TaxonomyNode.DisplayName(UiCulture.IsChinese), k.Level, labels.Level(k.Level)))],
            enrollments, Math.Max(0, s.Capacity - s.Enrollments.Count(e => e.HoldsPlace)), s.Version);
    }

    /// <summary>
    /// Enrolls a person. A full session puts them on the waitlist (or refuses, when they asked not to wait); the
    /// session row's version makes two last-place enrollments at once collide (one gets 409) instead of overbooking.
    /// </summary>
    public async Task<EnrollResult> EnrollAsync(int sessionId, EnrollInput input, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Enrollments).FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        if (input.EmployeeId is not { } employeeId) throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Nomination.EmployeeRequired"]);
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId && e.Status == EmployeeStatus.Active, ct))
            throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Nomination.EmployeeUnknown", employeeId]);
        if (s.EndsAt < clock.GetUtcNow()) throw ValidationFailedException.For(t["Enroll.Invalid"], "sessionId", t["Enroll.SessionOver"]);
        var existing = s.Enrollments.FirstOrDefault(e => e.EmployeeId == employeeId);
        if (existing is not null && existing.Status != EnrollmentStatus.Cancelled)
            throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Enroll.Duplicate", t.Enum(existing.Status)]);
        var full = s.Enrollments.Count(e => e.HoldsPlace) >= s.Capacity;
        if (full && !input.JoinWaitlist) throw ValidationFailedException.For(t["Enroll.Invalid"], "capacity", t["Enroll.FullRefused", s.Capacity]);
        var enrollment = existing ?? new Enrollment { SessionId = s.Id, EmployeeId = employeeId };
        enrollment.Status = full ? EnrollmentStatus.Waitlisted : EnrollmentStatus.Enrolled;
        enrollment.EnrolledAt = clock.GetUtcNow();
        enrollment.Attended = null;
        enrollment.Score = null;
        enrollment.CompletedOn = null;
        if (existing is null) s.Enrollments.Add(enrollment);
        db.Entry(s).Property(x => x.Version).IsModified = true;
        await SaveAsync(ct);
        var view = (await SessionAsync(sessionId, null, ct)).Enrollments.First(e => e.Id == enrollment.Id);
        return new EnrollResult(view, full ? t["Enroll.Waitlisted", view.WaitlistPosition ?? 0] : t["Enroll.Enrolled"]);
    }

    /// <summary>Cancels an enrollment; the first person on the waitlist takes the freed place.</summary>
    public async Task<EnrollmentView?> CancelAsync(int sessionId, int enrollmentId, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Enrollments).Include(x => x.Course).FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        var e = s.Enrollments.FirstOrDefault(x => x.Id == enrollmentId) ?? throw new NotFoundException(t["Enroll.NotFound", enrollmentId]);
        if (e.Status is EnrollmentStatus.Completed or EnrollmentStatus.NotPassed or EnrollmentStatus.Cancelled)
            throw ValidationFailedException.For(t["Enroll.Invalid"], "enrollmentId", t["Enroll.CannotCancel", t.Enum(e.Status)]);
        var freed = e.Status == EnrollmentStatus.Enrolled;
        e.Status = EnrollmentStatus.Cancelled;
        Enrollment? promoted = null;
        if (freed)
        {
            promoted = s.Enrollments.Where(x => x.Status == EnrollmentStatus.Waitlisted).OrderBy(x => x.EnrolledAt.UtcTicks).ThenBy(x => x.Id).FirstOrDefault();
            if (promoted is not null)
            {
                promoted.Status = EnrollmentStatus.Enrolled;
                // In the app and by e-mail, in the same transaction as the promotion.
                await notifier.NotifyEmployeeAsync<TalentProgramResource>(promoted.EmployeeId, "Waitlist.Promoted.Subject", "Waitlist.Promoted.Body",
                    [s.Course!.Code, s.Course.Name, s.StartsAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Place],
                    $"/training/sessions/{s.Id}", $"enrollment:{promoted.Id}:promoted:{promoted.EnrolledAt.UtcTicks}", ct);
            }
        }
        db.Entry(s).Property(x => x.Version).IsModified = true;
        await SaveAsync(ct);
        return promoted is null ? null : (await SessionAsync(sessionId, null, ct)).Enrollments.First(x => x.Id == promoted.Id);
    }


    /// <summary>
    /// Records attendance and the assessment. A pass completes the course: each skill it develops is raised on the
    /// person's skill record to the course's level (never lowered), and matching plan activities are marked done.
    /// </summary>
    public async Task<EnrollmentView> RecordResultAsync(int sessionId, int enrollmentId, ResultInput input, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Course).ThenInclude(c => c!.Skills).Include(x => x.Lecturer)
            .Include(x => x.Enrollments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        var e = s.Enrollments.FirstOrDefault(x => x.Id == enrollmentId) ?? throw new NotFoundException(t["Enroll.NotFound", enrollmentId]);
        Concurrency.Check(db, e, input.Version, t);
        var errors = new FieldErrors();
        if (e.Status is EnrollmentStatus.Waitlisted or EnrollmentStatus.Cancelled) errors.Add("enrollmentId", t["Result.NotEnrolled", t.Enum(e.Status)]);
        if (e.Status == EnrollmentStatus.Completed) errors.Add("enrollmentId", t["Result.AlreadyCompleted"]);
        if (s.StartsAt > clock.GetUtcNow()) errors.Add("enrollmentId", t["Result.NotStarted"]);
        if (input.Attended is null) errors.Add(nameof(input.Attended), t["Result.AttendedRequired"]);
        if (input.Score is { } score && score is < 0 or > 100) errors.Add(nameof(input.Score), t["Evidence.ScoreRange"]);
        if (input.Passed == true && input.Attended == false) errors.Add(nameof(input.Passed), t["Result.PassWithoutAttendance"]);
        errors.ThrowIfAny(t["Result.Invalid"]);
        var today = Today;
        e.Attended = input.Attended;
        e.Score = input.Score;
        if (input.Passed is { } passed)
        {
            e.Status = passed ? EnrollmentStatus.Completed : EnrollmentStatus.NotPassed;
            e.CompletedOn = today;
            if (passed) await ApplyCompletionAsync(s, e.EmployeeId, today, ct);
        }
        await SaveAsync(ct);
        return (await SessionAsync(sessionId, null, ct)).Enrollments.First(x => x.Id == enrollmentId);
    }

    private async Task ApplyCompletionAsync(TrainingSession s, int employeeId, DateOnly today, CancellationToken ct)
    {
        var course = s.Course!;
        var lecturer = s.Lecturer is { } l ? $"{l.GivenName} {l.FamilyName}" : s.ExternalLecturer;
        foreach (var skill in course.Skills)
        {
            var record = await db.SkillRecords.FirstOrDefaultAsync(r => r.EmployeeId == employeeId && r.TaxonomyNodeId == skill.TaxonomyNodeId, ct);
            if (record is not null && record.Level >= skill.Level) continue;
            if (record is null) db.SkillRecords.Add(record = new SkillRecord { EmployeeId = employeeId, TaxonomyNodeId = skill.TaxonomyNodeId });
            record.Level = skill.Level;
            record.Evidence = string.Create(CultureInfo.InvariantCulture, $"Course {course.Code} \"{course.Name}\" completed (session {s.StartsAt.UtcDateTime:yyyy-MM-dd}, {s.Place})");
            record.AssessedBy = lecturer ?? db.CurrentUser.Name;
            record.AssessedOn = today;
        }
        // The plan: activities naming this course in the open version are done.
        var activities = await db.PlanActivities
            .Where(a => a.CourseId == course.Id && a.Status != ActivityStatus.Done
                && db.Set<PlanVersion>().Any(v => v.Id == a.PlanVersionId && v.ClosedOn == null && v.Plan!.Participant!.EmployeeId == employeeId))
            .ToListAsync(ct);
        foreach (var a in activities)
        {
            a.Status = ActivityStatus.Done;
            db.PlanChanges.Add(new PlanChange
            {
                PlanVersionId = a.PlanVersionId, ItemKey = a.Key, Kind = PlanChangeKind.Changed,
                Summary = t["Plan.ActivityCompleted", course.Code], Reason = t["Plan.ActivityCompletedReason", course.Code, ProgramText.Date(today)],
                ChangedBy = db.CurrentUser.Name, ChangedAt = clock.GetUtcNow(),
            });
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The unique (session, employee) index: the same person enrolled a moment ago.
            throw new DbUpdateConcurrencyException(t["Concurrency.Stale"], ex);
        }
    }
}
