using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>Localised names of the go-to-market, revenue and reward enums, and money as the UI shows it.</summary>
public sealed class DealsText(IStringLocalizer<CommercializationResource> t)
{
    public IStringLocalizer<CommercializationResource> Strings => t;

    public string Kind(DealKind v) => t["Deal.Kind." + v];
    public string ProjectStatus(ConversionProjectStatus v) => t["Gtm.Status." + v];
    public string DealStatus(DealStatus v) => t["Deal.Status." + v];
    public string RevenueKind(RevenueKind v) => t["Revenue.Kind." + v];
    public string RewardStatus(RewardStatus v) => t["Reward.Status." + v];

    /// <summary>Placeholder for a controlled result shown to someone who may not read it (finance): 受控成果.</summary>
    public string ControlledResult => t["Reward.ControlledResult"];

    public static string Money(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture);
    public static string Percent(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture) + " %";
    public static string Shares(decimal v) => v.ToString("#,##0", CultureInfo.InvariantCulture);
    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
