using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Modules.Commercialization;

/// <summary>Localised names of the module's enums (keys like <c>DisclosureStatus.Draft</c> in CommercializationResource).</summary>
public sealed class CommercializationText(IStringLocalizer<CommercializationResource> t)
{
    public IStringLocalizer<CommercializationResource> Strings => t;

    public string Status(DisclosureStatus v) => t["DisclosureStatus." + v];
    public string Decision(DisclosureDecision v) => t["DisclosureDecision." + v];
    public string Sensitivity(DisclosureSensitivity v) => t["DisclosureSensitivity." + v];

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The message in English and in Chinese (notifications to people whose language we do not know).</summary>
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
