using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.TalentProgram.Features.Plans.ViewPlan;

namespace TalentChain.Modules.TalentProgram.Features.Plans.EditActivities;

/// <summary>Adding and changing a plan's activities (the participant proposes; a line or program manager agrees them directly).</summary>
public sealed class EditPlanActivities(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, PlanEditing editing, GetPlan plans)
{
    public async Task<ActivityView> AddActivityAsync(int participantId, int number, ActivityInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        editing.RequirePropose(caller);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, input.Version, ct);
        var (course, errors) = await ValidateActivityAsync(input, version, requireReason: false, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var activity = new PlanActivity { Key = Guid.NewGuid(), Title = "", Proposed = !caller.CanEditPlan };
        Apply(activity, course, input);
        version.Activities.Add(activity);
        editing.Log(version, activity.Key, PlanChangeKind.Added, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title], ProgramText.Blank(input.Reason));
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await plans.GetAsync(participantId, number, ct)).Activities.First(a => a.Key == activity.Key);
    }

    public async Task<ActivityView> UpdateActivityAsync(int participantId, int number, Guid key, ActivityInput input, ParticipantRelation caller, CancellationToken ct = default)
    {
        editing.RequirePropose(caller);
        var (plan, version) = await editing.OpenVersionAsync(participantId, number, input.Version, ct);
        var activity = version.Activities.FirstOrDefault(a => a.Key == key) ?? throw new NotFoundException(t["Plan.ItemNotFound", key]);
        editing.RequireEditItem(caller, activity.Proposed);
        var (course, errors) = await ValidateActivityAsync(input, version, requireReason: true, ct);
        errors.ThrowIfAny(t["Plan.Invalid"]);
        var before = t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status);
        Apply(activity, course, input);
        editing.Log(version, key, PlanChangeKind.Changed, t["Plan.ChangedSummary", before, t["Plan.ActivitySummary", t.Enum(activity.Kind), activity.Title] + " · " + t.Enum(activity.Status)], ProgramText.Blank(input.Reason));
        editing.Touch(plan);
        await db.SaveChangesAsync(ct);
        return (await plans.GetAsync(participantId, number, ct)).Activities.First(a => a.Key == key);
    }

    private async Task<(Course? Course, FieldErrors Errors)> ValidateActivityAsync(ActivityInput input, PlanVersion version, bool requireReason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input.Kind is null) errors.Add(nameof(input.Kind), t["Activity.KindRequired"]);
        var title = ProgramText.Blank(input.Title);
        Course? course = null;
        var code = ProgramText.Blank(input.CourseCode)?.ToUpperInvariant();
        if (code is not null)
        {
            course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
            if (course is null) errors.Add(nameof(input.CourseCode), t["Activity.CourseUnknown", code]);
        }
        if (title is null && course is null) errors.Add(nameof(input.Title), t["Activity.TitleRequired"]);
        else if (title?.Length > 300) errors.Add(nameof(input.Title), t["Common.TooLong", 300]);
        if (input.PlannedStart is { } s && input.PlannedEnd is { } e && e < s) errors.Add(nameof(input.PlannedEnd), t["Activity.EndBeforeStart"]);
        if (input.GoalKey is { } g && version.Goals.All(x => x.Key != g)) errors.Add(nameof(input.GoalKey), t["Activity.GoalUnknown"]);
        if (requireReason && ProgramText.Blank(input.Reason) is null) errors.Add(nameof(input.Reason), t["Plan.ReasonRequired"]);
        return (course, errors);
    }

    private static void Apply(PlanActivity a, Course? course, ActivityInput input)
    {
        a.Kind = input.Kind!.Value;
        a.Title = ProgramText.Blank(input.Title) ?? course!.Name;
        a.PlannedStart = input.PlannedStart;
        a.PlannedEnd = input.PlannedEnd;
        a.Status = input.Status ?? a.Status;
        a.CourseId = course?.Id;
        a.Course = null;
        a.GoalKey = input.GoalKey;
    }
}
