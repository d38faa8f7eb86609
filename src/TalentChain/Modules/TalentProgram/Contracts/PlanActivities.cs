namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>The kinds of plan activity another module may put on a development plan.</summary>
public enum ContributedActivityKind
{
    Project = 3,
    LabWork = 6,
}

/// <summary>
/// An activity another module contributes to a participant's development plan (e.g. a project placement). <see cref="Key"/>
/// is the caller's stable key for it: contributing the same key again updates the activity instead of adding another.
/// <see cref="Reason"/> is the plan history's note, already in the language the caller chose (plans keep one text).
/// </summary>
public sealed record ContributedActivity(Guid Key, ContributedActivityKind Kind, string Title, DateOnly? PlannedStart, DateOnly? PlannedEnd, string Reason);

/// <summary>
/// Changes other modules make to development plans. The activity is agreed (not a proposal): the module's own workflow
/// (a published placement) is the agreement. The plan is touched and the change logged with its reason, as a manager's
/// edit would be. Tracked on the request's DbContext and saved by the caller's next SaveChanges, in one transaction.
/// </summary>
public interface IPlanActivities
{
    /// <summary>Adds the activity to the participant's open plan version, or updates the one with the same key.</summary>
    /// <returns>False when the participant has no development plan with an open version (nothing is changed).</returns>
    Task<bool> ContributeAsync(int participantId, ContributedActivity activity, CancellationToken ct = default);

    /// <summary>Marks the contributed activity with this key dropped (e.g. a placement withdrawn), logging the reason.</summary>
    /// <returns>False when the open version has no such activity.</returns>
    Task<bool> DropAsync(int participantId, Guid key, string reason, CancellationToken ct = default);
}
