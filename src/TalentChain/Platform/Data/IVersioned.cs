namespace TalentChain.Platform.Data;

/// <summary>
/// An editable record with an optimistic-concurrency version. The DbContext increments it on every update,
/// and an update whose original version no longer matches the row fails with <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>.
/// Portable across SQLite and PostgreSQL, unlike provider row versions.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>Runs inside SaveChanges before anything is written; modules use it to derive records (e.g. timeline events).</summary>
public interface ISaveChangesHook
{
    void BeforeSave(TalentChainDbContext db);
}

/// <summary>Entities whose changes are not written to the audit log (the log itself, derived caches).</summary>
public interface INotAudited;
