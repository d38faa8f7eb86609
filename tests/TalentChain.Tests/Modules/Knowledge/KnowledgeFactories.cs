using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text.Json;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>The app with the demo enterprise and a settable clock (grant expiry, last days), on SQLite.</summary>
public class KnowledgeFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    public KnowledgeFactory() : this(DatabaseProvider.Sqlite) { }

    protected KnowledgeFactory(DatabaseProvider provider) : base(provider, 150, new FakeTimeProvider(Start)) { }

    public FakeTimeProvider TestClock => Clock!;

    public DateOnly Today => DateOnly.FromDateTime(TestClock.GetUtcNow().UtcDateTime);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class KnowledgePostgresFactory : KnowledgeFactory
{
    public KnowledgePostgresFactory() : base(DatabaseProvider.Postgres) { }
}
