using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>
/// The program's record of who mentors whom (<see cref="MentorAssignment"/>) is the program's: reviews and access
/// read it. Other modules (mentoring) read it freely but start and end assignments only here. Changes are made to
/// the request's context and not saved: the caller's one SaveChanges writes them with its own rows.
/// </summary>
public interface IMentorAssignments
{
    /// <summary>A new running assignment from <paramref name="from"/> (added, not saved).</summary>
    MentorAssignment Assign(int participantId, int mentorEmployeeId, MentorRole role, DateOnly from, int? roundId);

    /// <summary>Ends a tracked assignment on <paramref name="day"/> (never before it began) for a reason.</summary>
    void EndAssignment(MentorAssignment assignment, DateOnly day, MentorEndReason reason, string? note);

    /// <summary>Records which mentoring round produced a tracked assignment (not saved).</summary>
    void LinkToRound(MentorAssignment assignment, int roundId);

    /// <summary>Completes a tracked assignment on <paramref name="day"/>, with the participant's optional rating (1–5).</summary>
    void CompleteAssignment(MentorAssignment assignment, DateOnly day, string? note, int? rating);
}
