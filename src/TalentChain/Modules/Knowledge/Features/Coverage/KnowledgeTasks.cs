using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Features.Access;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Knowledge.Features.Coverage;

/// <summary>Recomputes the coverage index when it is stale (or a day old), so page views find it ready.</summary>
internal sealed class CoverageRefreshTask(TalentChainDbContext db, CoverageService coverage) : IPeriodicTask
{
    public string Name => "knowledge.coverage";
    public TimeSpan Interval => TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken ct)
    {
        var state = await db.CoverageStates.AsNoTracking().Where(s => s.Id == 1).FirstOrDefaultAsync(ct);
        if (state is null || state.Stale || state.ComputedOn != coverage.Today) await coverage.RecomputeAsync(ct);
    }
}

/// <summary>Tells knowledge officers about access grants expiring within 14 days (once per grant and expiry date).</summary>
internal sealed class GrantExpiryReminderTask(TalentChainDbContext db, INotifier notifier, TimeProvider clock) : IPeriodicTask
{
    public const int DaysAhead = 14;
    public string Name => "knowledge.grant-expiry";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var until = today.AddDays(DaysAhead);
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.RevokedOn == null && g.StartsOn <= today && g.ExpiresOn >= today && g.ExpiresOn <= until)
            .Join(db.ControlledDataSets, g => g.DataSetId, s => s.Id, (g, s) => new { g.Id, g.DataSetId, s.Code, g.EmployeeId, g.ExpiresOn })
            .Join(db.EmployeeRefs, x => x.EmployeeId, e => e.Id, (x, e) => new { x.Id, x.DataSetId, x.Code, x.EmployeeId, e.EmployeeNumber, x.ExpiresOn })
            .ToListAsync(ct);
        var left = await AccessHandlers.LeftAsync(db, today, ct);
        grants = [.. grants.Where(g => !left.Contains(g.EmployeeId))];
        foreach (var g in grants)
        {
            var expires = g.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await notifier.NotifyRoleAsync<KnowledgeResource>(Roles.KnowledgeOfficer, "Notify.GrantExpiry.Subject", "Notify.GrantExpiry.Body",
                [g.Code, g.EmployeeNumber, expires], $"/knowledge/access/{g.DataSetId}", $"knowledge-grant:{g.Id}:{expires}", ct);
        }
        if (grants.Count > 0) await db.SaveChangesAsync(ct);
    }
}
