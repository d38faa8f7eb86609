using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentChain.Platform.Data;

/// <summary>
/// Runs the modules' <see cref="ISaveChangesHook"/>s before anything is written (they derive records such as timeline
/// events), then detects what they changed so versions and audit see it. Scoped: the hooks are scoped services.
/// </summary>
internal sealed class SaveChangesHooksInterceptor(IEnumerable<ISaveChangesHook> hooks) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Run(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Run(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Run(DbContext? context)
    {
        if (context is not TalentChainDbContext { WritingAuditRows: false } db) return;
        foreach (var hook in hooks) hook.BeforeSave(db);
        db.ChangeTracker.DetectChanges();
    }
}
