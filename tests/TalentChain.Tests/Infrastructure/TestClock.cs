namespace TalentChain.Tests.Infrastructure;

/// <summary>A settable clock for tests (Microsoft.Extensions.TimeProvider.Testing is not available here).</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
    public void Set(DateTimeOffset to) => _now = to;
}
