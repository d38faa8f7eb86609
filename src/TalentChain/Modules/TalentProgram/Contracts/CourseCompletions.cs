namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>A passed training course: who completed which catalog course, in which session, on which day.</summary>
public sealed record CourseCompletion(int EmployeeId, int CourseId, string CourseCode, int SessionId, DateOnly CompletedOn);

/// <summary>
/// Told when a learner passes a course (e.g. the labs module grants the qualification the course confers). Zero or more
/// are registered; each is called inside the request that records the result, on its DbContext, and its changes are
/// saved by that request's SaveChanges in the same transaction — so a refused save leaves nothing half-written.
/// </summary>
public interface ICourseCompletionListener
{
    Task CourseCompletedAsync(CourseCompletion completion, CancellationToken ct = default);
}

/// <summary>Passed courses as other modules read them (e.g. a daily catch-up of qualifications granted by training).</summary>
public interface ICourseCompletions
{
    /// <summary>
    /// Completions of the given courses on or after <paramref name="since"/>, optionally only for some employees,
    /// oldest first.
    /// </summary>
    Task<List<CourseCompletion>> CompletedAsync(IReadOnlyCollection<int> courseIds, DateOnly since, IReadOnlyCollection<int>? employeeIds = null, CancellationToken ct = default);
}
