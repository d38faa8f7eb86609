using System.Globalization;

namespace TalentChain;

/// <summary>The UI language rules every module shares: is the UI in Chinese, which of two names to show, and
/// rendering for someone else (an e-mail, a calendar feed) in their language.</summary>
public static class UiCulture
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

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
