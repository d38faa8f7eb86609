using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;

namespace TalentChain.Modules.Knowledge;

/// <summary>Localised names of the module's enums (keys like <c>Sensitivity.Controlled</c> in KnowledgeResource).</summary>
public sealed class KnowledgeText(IStringLocalizer<KnowledgeResource> k)
{

    public IStringLocalizer<KnowledgeResource> Strings => k;

    public string Sensitivity(SensitivityClass v) => k["Sensitivity." + v];
    public string Readiness(Readiness v) => k["Readiness." + v];
    public string ActionStatus(ActionStatus v) => k["ActionStatus." + v];
    public string Reason(DepartureReason v) => k["Reason." + v];
    public string Destination(DepartureDestination v) => k["Destination." + v];
    public string Level(DepartureLevel v) => k["DepartureLevel." + v];
    public string DepartureStatus(DepartureStatus v) => k["DepartureStatus." + v];
    public string Handover(HandoverStatus v) => k["HandoverStatus." + v];
    public string Band(RiskBand v) => k["RiskBand." + v];
    public string ManagerView(ManagerRiskView v) => k["ManagerView." + v];
    public string Rating(int v) => k["Rating." + v.ToString(CultureInfo.InvariantCulture)];

    public static string BandClass(RiskBand v) => v switch
    {
        RiskBand.High => "danger",
        RiskBand.Medium => "warning",
        _ => "success",
    };

    /// <summary>Heat-map colour for a coverage value (red below the threshold, amber up to 1, green above).</summary>
    public static string CoverageColor(decimal coverage, decimal threshold) =>
        coverage < threshold ? "#f8d7da" : coverage < 1m ? "#fff3cd" : "#d1e7dd";
}
