using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Web;
using TalentChain.Platform.Web;
using TalentChain.Modules.TalentProgram.Features.Training.Enrol;
using TalentChain.Modules.TalentProgram.Features.Training.RecordResults;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Training;

/// <summary>
/// /training/sessions/{id}: enroll (waitlist when full), cancel (the waitlist moves up), attendance and results (recorded
/// by the lecturer or a program manager; seen per <see cref="TrainingSessions.GetSessionAsync"/>).
/// </summary>
public class SessionPageModel(TrainingSessions training, Enrolments enrolments, RecordTrainingResult results, Plans.PlanChoices choices, ProgramAccess access, IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    public SessionView Session { get; private set; } = null!;
    public int? Me { get; private set; }
    public List<(int EmployeeId, string Label)> Participants { get; private set; } = [];
    public bool CanRecord => IsManager || (Session.LecturerEmployeeId is { } l && l == Me);

    [BindProperty] public int? EmployeeId { get; set; }
    [BindProperty] public bool JoinWaitlist { get; set; } = true;
    [BindProperty] public int EnrollmentId { get; set; }
    [BindProperty] public bool? Attended { get; set; }
    [BindProperty] public int? Score { get; set; }
    [BindProperty] public bool? Passed { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrollAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var who = EmployeeId ?? Me;
        if (who != Me && !IsManager) return Forbid();
        EnrollResult? result = null;
        if (await TryAsync(async () => result = await enrolments.EnrollAsync(Id, new EnrollInput(who, JoinWaitlist), ct)))
            return Done($"{result!.Enrollment.Name}: {result.Message}", new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var e = Session.Enrollments.FirstOrDefault(x => x.Id == EnrollmentId);
        if (e is not null && e.EmployeeId != Me && !IsManager) return Forbid();
        EnrollmentView? promoted = null;
        if (await TryAsync(async () => promoted = await enrolments.CancelAsync(Id, EnrollmentId, ct)))
            return Done(promoted is null ? t["Enroll.Cancelled"] : t["Enroll.CancelledPromoted", promoted.Name], new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostResultAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanRecord) return Forbid();
        EnrollmentView? e = null;
        if (await TryAsync(async () => e = await results.RecordResultAsync(Id, EnrollmentId, new ResultInput(Attended, Score, Passed, Version), ct)))
            return Done(t["Result.Recorded", e!.Name, e.StatusName], new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Me = await access.ViewerEmployeeIdAsync(User, ct);
        try
        {
            Session = await training.GetSessionAsync(Id, User, ct);
            if (IsManager) Participants = await choices.ParticipantsAsync(ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
