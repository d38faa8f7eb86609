namespace TalentChain.Modules.Knowledge.Contracts;

/// <summary>
/// Who is leaving: people with an open departure (notice given, handover not yet completed). Other modules use it to
/// stop relying on them — e.g. mentoring ends a leaving mentor's relationships and proposes no one who is leaving.
/// </summary>
public interface IOpenDepartures
{
    /// <summary>Employee ids with an open departure, as a query the caller may compose into its own (one round trip).</summary>
    IQueryable<int> EmployeeIds();
}
