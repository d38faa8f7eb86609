using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;

namespace TalentChain.Modules.Labs;

/// <summary>Localised names of the module's enums (keys like <c>GrantStatus.Active</c> in LabsResource) and dates.</summary>
public sealed class LabsText(IStringLocalizer<LabsResource> t)
{
    public IStringLocalizer<LabsResource> Strings => t;

    public string Kind(LabKind v) => t["LabKind." + v];
    public string Status(GrantStatus v) => t["GrantStatus." + v];
    public string Source(QualificationSource v) => t["Source." + v];
    public string Flag(EntryVerdict v) => t["Verdict." + v];

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>China Standard Time (UTC+8, no daylight saving): badge readers log local time.</summary>

    public static string ChinaTime(DateTimeOffset at) => at.ToOffset(SiteTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The message in English and in Chinese (import reports carry both, whatever the reader's language).</summary>
    public (string En, string Zh) Both(string key, params object[] args)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var en = t[key, args].Value;
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var zh = t[key, args].Value;
            return (en, zh);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
