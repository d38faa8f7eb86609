namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// People's directory for other modules: the changes to a person that People owns and other modules cause. Other
/// modules read employees through the published read models (<see cref="EmployeeRef"/>) and never write them; they ask here.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>
    /// Records that the employee left on <paramref name="lastDay"/>: status departed, departure date set (the employment
    /// timeline records it). The change is tracked on the request's DbContext and saved by the caller's next
    /// SaveChanges, in one transaction with the caller's own changes.
    /// </summary>
    Task MarkDepartedAsync(int employeeId, DateOnly lastDay, CancellationToken ct = default);

    /// <summary>
    /// Records an assessed skill level: the person's record for the taxonomy node is created or updated (level,
    /// evidence, assessor, date). With <paramref name="onlyIfHigher"/>, an existing record at that level or above is
    /// left as it is (e.g. a course confirms a level; it never lowers one). Tracked on the request's DbContext and
    /// saved by the caller's next SaveChanges, in one transaction with the caller's own changes.
    /// </summary>
    /// <returns>Whether the record was created or changed.</returns>
    Task<bool> RecordSkillAsync(int employeeId, int taxonomyNodeId, int level, string evidence, string assessedBy, DateOnly assessedOn,
        bool onlyIfHigher = false, CancellationToken ct = default);

    /// <summary>
    /// Makes <paramref name="managerEmployeeId"/> the person's line manager (the employment timeline records the
    /// change). Tracked on the request's DbContext and saved by the caller's next SaveChanges.
    /// </summary>
    Task ChangeManagerAsync(int employeeId, int managerEmployeeId, CancellationToken ct = default);
}

/// <summary>
/// The management chain, as People defines it: a person's manager, that manager's manager, and so on up. Who is
/// "a line manager of" someone for restricted data (timeline, grade, need-to-know skill levels, training results).
/// </summary>
public interface IManagementChain
{
    /// <summary>Longest chain walked; deeper (or cyclic) chains stop here.</summary>
    const int MaxDepth = 32;

    /// <summary>The person's managers, nearest first (stops on a cycle).</summary>
    Task<List<int>> AboveAsync(int employeeId, CancellationToken ct = default);

    /// <summary>
    /// Which of <paramref name="employeeIds"/> have <paramref name="managerEmployeeId"/> somewhere above them. One query
    /// per level of the hierarchy (not per person), for lists such as a session's enrolments.
    /// </summary>
    Task<IReadOnlySet<int>> ManagedAmongAsync(int managerEmployeeId, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
}
