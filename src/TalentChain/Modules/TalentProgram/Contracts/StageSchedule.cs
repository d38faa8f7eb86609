using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>A published rotation as the stage engine takes it: the participant's k-th rotation stage is spent in this host unit until <see cref="PlannedEnd"/>.</summary>
public sealed record StageRotationPlacement(int ParticipantId, int RotationNumber, int HostOrgUnitId, DateOnly PlannedEnd);

/// <summary>
/// What rotation planning needs from a program's stage template: how many rotation stages, the months before the first,
/// and how long the first one lasts (null without rotation stages).
/// </summary>
public sealed record StageRotationTemplate(int RotationStages, int MonthsBeforeFirstRotation, int? RotationMonths);

/// <summary>
/// The program's stage engine (ADR 0026) as modules built on it see it. Writes are tracked on the caller's scoped
/// DbContext and saved by the caller's SaveChanges, so a publish stays one transaction.
/// </summary>
public interface IStageSchedule
{
    /// <summary>The rotation stages of the cohort's program template (null when the cohort does not exist).</summary>
    Task<StageRotationTemplate?> RotationTemplateAsync(int cohortId, CancellationToken ct = default);

    /// <summary>
    /// When each participant enters (or entered) their first rotation stage, by participant id; a participant without a
    /// start date counts from <paramref name="fallbackStart"/>.
    /// </summary>
    Task<Dictionary<int, DateOnly>> FirstRotationStartsAsync(IReadOnlyCollection<int> participantIds, DateOnly fallbackStart, CancellationToken ct = default);

    /// <summary>Gives the participants' rotation stages their published host unit and planned end (only open stages, or every stage).</summary>
    Task ApplyRotationsAsync(IReadOnlyCollection<StageRotationPlacement> placements, bool openStagesOnly, CancellationToken ct = default);
}

/// <summary>
/// Implemented by rotation planning (inverted so the program does not depend on it): the published rotation a
/// participant entering their k-th rotation stage takes its host unit and planned end from.
/// </summary>
public interface IStagePublishedRotations
{
    Task<StageRotationPlacement?> PublishedAsync(int participantId, int rotationNumber, CancellationToken ct = default);
}
