using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// "Is employee X a current participant, and where is their plan?" — for the program's own pages, and for Knowledge
/// through its <see cref="IProgramParticipations"/> (succession links a successor's development actions to their IDP).
/// </summary>
public static class ProgramParticipation
{
    public static string PlanUrl(int participantId) => $"/program/participants/{participantId}/plan";
    public static string ParticipantUrl(int participantId) => $"/program/participants/{participantId}";

    /// <summary>The employee's current (selected, not withdrawn or finished) participation, or null.</summary>
    public static async Task<ParticipationInfo?> CurrentAsync(TalentChainDbContext db, int employeeId, CancellationToken ct = default)
    {
        var p = await db.Participants.AsNoTracking().Where(x => x.EmployeeId == employeeId && x.Status == ParticipantStatus.Selected)
            .OrderByDescending(x => x.StartDate)
            .Select(x => new { x.Id, x.CohortId, Cohort = x.Cohort!.Name, Program = x.Cohort.Program!.Name })
            .FirstOrDefaultAsync(ct);
        return p is null ? null : new ParticipationInfo(p.Id, p.CohortId, p.Cohort, p.Program, ParticipantUrl(p.Id), PlanUrl(p.Id));
    }

    /// <summary>The current participations of many employees at once (employee id → info).</summary>
    public static async Task<Dictionary<int, ParticipationInfo>> CurrentAsync(TalentChainDbContext db, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var rows = await db.Participants.AsNoTracking().Where(x => employeeIds.Contains(x.EmployeeId) && x.Status == ParticipantStatus.Selected)
            .Select(x => new { x.Id, x.EmployeeId, x.StartDate, x.CohortId, Cohort = x.Cohort!.Name, Program = x.Cohort.Program!.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.EmployeeId).ToDictionary(g => g.Key, g =>
        {
            var p = g.OrderByDescending(r => r.StartDate).First();
            return new ParticipationInfo(p.Id, p.CohortId, p.Cohort, p.Program, ParticipantUrl(p.Id), PlanUrl(p.Id));
        });
    }
}

/// <summary>Knowledge's <see cref="IProgramParticipations"/>: succession links a participant's development actions to their plan.</summary>
internal sealed class ProgramParticipations(TalentChainDbContext db) : IProgramParticipations
{
    public Task<ParticipationInfo?> CurrentAsync(int employeeId, CancellationToken ct = default) => ProgramParticipation.CurrentAsync(db, employeeId, ct);

    public Task<Dictionary<int, ParticipationInfo>> CurrentAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default) =>
        ProgramParticipation.CurrentAsync(db, employeeIds, ct);
}
