using System.Globalization;

namespace TalentChain;

/// <summary>The UI language rules every module shares: is the UI in Chinese, which of two names to show, and
/// rendering for someone else (an e-mail, a calendar feed) in their language.</summary>
public static class UiCulture
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>A date as the product writes it in both languages: ISO 8601 (2026-12-07); empty for none.</summary>
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Iso(DateOnly? d) => d is { } x ? Iso(x) : "";

    /// <summary>An amount in yuan as both languages write it: ¥28,204.38.</summary>
    public static string Yuan(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The Chinese name in a Chinese UI when there is one, else the English one.</summary>
    public static string Pick(string en, string? zh) => Pick(en, zh, IsChinese);

    /// <summary>The Chinese name for a Chinese reader when there is one, else the English one.</summary>
    public static string Pick(string en, string? zh, bool chinese) => chinese && !string.IsNullOrEmpty(zh) ? zh : en;

    /// <summary>Switches the current (UI) culture until disposed.</summary>
    public static IDisposable Use(CultureInfo culture)
    {
        var restore = new Restore(CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        return restore;
    }

    private sealed class Restore(CultureInfo ui, CultureInfo current) : IDisposable
    {
        public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
    }
}

public static class TimeProviderExtensions
{
    /// <summary>Today's date (UTC) on this clock.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
