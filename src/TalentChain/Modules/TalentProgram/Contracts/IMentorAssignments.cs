namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>
/// The program's record of who mentors whom is the program's: reviews and access read it. Other modules (mentoring)
/// read it through <see cref="MentorAssignmentRef"/> but start and end assignments only here, by id. Changes are made to
/// the request's context and not saved: the caller's one SaveChanges writes them with its own rows.
/// </summary>
public interface IMentorAssignments
{
    /// <summary>A new running assignment from <paramref name="from"/> (added, not saved).</summary>
    void Assign(int participantId, int mentorEmployeeId, MentorRole role, DateOnly from, int? roundId);

    /// <summary>Ends an assignment on <paramref name="day"/> (never before it began) for a reason.</summary>
    Task EndAssignmentAsync(int assignmentId, DateOnly day, MentorEndReason reason, string? note, CancellationToken ct = default);

    /// <summary>Records which mentoring round produced an assignment (not saved).</summary>
    Task LinkToRoundAsync(int assignmentId, int roundId, CancellationToken ct = default);

    /// <summary>Completes an assignment on <paramref name="day"/>, with the participant's optional rating (1–5).</summary>
    Task CompleteAssignmentAsync(int assignmentId, DateOnly day, string? note, int? rating, CancellationToken ct = default);
}
