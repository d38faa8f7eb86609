using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;

namespace TalentChain.Modules.Education;

/// <summary>Localised names of the module's enums (keys like <c>Status.Active</c> in EducationResource) and money formatting.</summary>
public sealed class EducationText(IStringLocalizer<EducationResource> e)
{
    public IStringLocalizer<EducationResource> Strings => e;

    public string Level(DegreeLevel v) => e["Level." + v];
    public string Status(DegreeStatus v) => e["DegreeStatus." + v];
    public string Milestone(MilestoneKind v) => e["Milestone." + v];
    public string Cost(CostType v) => e["Cost." + v];
    public string Claim(ClaimStatus v) => e["ClaimStatus." + v];
    public string Clawback(ClawbackStatus v) => e["ClawbackStatus." + v];

    /// <summary>CNY with the yuan sign and two decimals, the same in both languages: ¥30,000.00.</summary>

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Why HR approved less than the reimbursable amount (null when nothing was cut).</summary>
    public string? CapReason(TuitionClaim c) => c.Cap switch
    {
        CapKind.Annual => (string)e["Claim.CapAnnual", c.ExpenseDate.Year, UiCulture.Yuan(c.CapLimit ?? 0), UiCulture.Yuan(c.CapAlreadyApproved ?? 0), UiCulture.Yuan(c.ApprovedAmount ?? 0), UiCulture.Yuan(c.Eligible ?? 0)],
        CapKind.Degree => (string)e["Claim.CapDegree", UiCulture.Yuan(c.CapLimit ?? 0), UiCulture.Yuan(c.CapAlreadyApproved ?? 0), UiCulture.Yuan(c.ApprovedAmount ?? 0), UiCulture.Yuan(c.Eligible ?? 0)],
        _ => null,
    };

    /// <summary>The repayment's working, with the figures, in the reader's language.</summary>
    public string Formula(ClawbackFigures f, DateOnly lastDay) => f.Basis switch
    {
        ClawbackBasis.BeforeServiceStart => f.ServiceStart is { } s
            ? e["Clawback.FormulaBefore", Date(lastDay), Date(s), UiCulture.Yuan(f.Reimbursed)]
            : e["Clawback.FormulaNotConferred", Date(lastDay), UiCulture.Yuan(f.Reimbursed)],
        ClawbackBasis.Fulfilled => e["Clawback.FormulaFulfilled", Date(f.ServiceStart), Date(f.ServiceEnd?.AddDays(-1)), Date(lastDay)],
        _ => e["Clawback.FormulaProRata", UiCulture.Yuan(f.Reimbursed), Number(f.RemainingDays), Number(f.TotalDays), UiCulture.Yuan(f.Amount),
            Date(f.ServiceStart), Date(f.ServiceEnd?.AddDays(-1)), Date(lastDay), Number(f.PerformedDays)],
    };
}
