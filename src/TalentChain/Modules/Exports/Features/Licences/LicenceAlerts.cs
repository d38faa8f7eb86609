using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Exports.Features.Licences;

/// <summary>
/// Alerts trade-compliance officers (in-app and e-mail) when a licence line's utilisation reaches a configured
/// threshold, and when an active licence nears expiry. Dedup keys make each alert go out once per licence line and
/// threshold, however often the check runs.
/// </summary>
public sealed class LicenceAlerts(IOptions<ExportsOptions> options, INotifier notifier)
{
    public IReadOnlyList<int> Thresholds =>
        [.. (options.Value.UtilisationThresholds.Count > 0 ? options.Value.UtilisationThresholds : [.. ExportsOptions.DefaultUtilisationThresholds]).Distinct().Order()];

    /// <summary>Thresholds reached by a line's utilisation (reserved + consumed, % of the licensed quantity).</summary>
    public IEnumerable<int> Reached(LicenceLine line) => Thresholds.Where(t => line.UtilisationPercent >= t);

    /// <summary>Queues the utilisation alerts a licence has earned (saved with the caller's SaveChanges).</summary>
    public async Task CheckAsync(Licence licence, CancellationToken ct)
    {
        foreach (var line in licence.Lines)
        {
            foreach (var t in Reached(line))
            {
                await notifier.NotifyRoleAsync<ExportsResource>(Roles.TradeComplianceOfficer, "Alert.Utilisation.Subject", "Alert.Utilisation.Body",
                    [licence.Number, line.ControlCode, t, line.UtilisationPercent], $"/exports/licences/{licence.Id}", $"licence:{licence.Id}:line:{line.Id}:util-{t}", ct);
            }
        }
    }

    public async Task ExpiryAsync(Licence licence, DateOnly today, CancellationToken ct)
    {
        var days = licence.ExpiresOn.DayNumber - today.DayNumber;
        if (days < 0 || days > options.Value.ExpiryWarningDays) return;
        await notifier.NotifyRoleAsync<ExportsResource>(Roles.TradeComplianceOfficer, "Alert.Expiry.Subject", "Alert.Expiry.Body",
            [licence.Number, UiCulture.Iso(licence.ExpiresOn), days], $"/exports/licences/{licence.Id}", $"licence:{licence.Id}:expiry", ct);
    }
}

/// <summary>Periodic check of every active licence: utilisation thresholds and approaching expiry.</summary>
public sealed class LicenceAlertsTask(TalentChainDbContext db, LicenceAlerts alerts, TimeProvider clock) : IPeriodicTask
{
    public string Name => "exports.licence-alerts";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var active = await db.Licences.Include(l => l.Lines).Where(l => !l.Revoked && l.ExpiresOn >= today).AsSplitQuery().ToListAsync(ct);
        foreach (var l in active)
        {
            await alerts.CheckAsync(l, ct);
            await alerts.ExpiryAsync(l, today, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
