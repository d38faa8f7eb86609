namespace TalentChain.Modules.Knowledge.Contracts;

/// <summary>A person's current participation in a development program: where their record and development plan (IDP) live.</summary>
public sealed record ParticipationInfo(int ParticipantId, int CohortId, string CohortName, string ProgramName, string ParticipantUrl, string PlanUrl);

/// <summary>
/// Whether a successor is a current program participant, and where their development plan is: succession links a
/// successor's development actions to it. Declared here and implemented by the talent program, so Knowledge does not
/// depend on the program (the program depends on Knowledge).
/// </summary>
public interface IProgramParticipations
{
    /// <summary>The employee's current (selected, not withdrawn or finished) participation, or null.</summary>
    Task<ParticipationInfo?> CurrentAsync(int employeeId, CancellationToken ct = default);

    /// <summary>The current participations of many employees at once (employee id → info).</summary>
    Task<Dictionary<int, ParticipationInfo>> CurrentAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
}
