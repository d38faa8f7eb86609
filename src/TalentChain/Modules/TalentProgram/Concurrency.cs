using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram;

/// <summary>The optimistic-concurrency check shared by the module's handlers: a stale version is a 409.</summary>
internal static class Concurrency
{
    public static void Check<T>(TalentChainDbContext db, T entity, long? readVersion, IStringLocalizer<TalentProgramResource> t) where T : class, IVersioned
    {
        if (readVersion is not { } v) return;
        if (v != entity.Version) throw new DbUpdateConcurrencyException(t["Concurrency.Stale"]);
        db.Entry(entity).Property(e => e.Version).OriginalValue = v;
    }
}
