using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Web;

namespace TalentChain.Modules.Education.Features.Policy;

/// <summary>/education/policy: the policy new agreements start from; HR changes it (bands as "min-max:share" lines).</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class PolicyPageModel(EducationAccess access, EducationPolicyReader reader, UpdatePolicy update, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    public PolicyView View { get; private set; } = null!;
    public bool IsHr { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostAsync(decimal masterAnnualCap, decimal masterDegreeCap, int masterServiceYears, decimal doctorateAnnualCap, decimal doctorateDegreeCap,
        int doctorateServiceYears, List<CostType>? eligibleCostTypes, string? bands, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        var parsed = new List<ShareBandView>();
        foreach (var line in (bands ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([':', '-'], StringSplitOptions.TrimEntries);
            if (parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var min) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var max)
                && decimal.TryParse(parts[2].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var share))
                parsed.Add(new ShareBandView(min, max, share));
            else ModelState.AddModelError("bands", e["Policy.BandLine", line]);
        }
        if (ModelState.IsValid && await TryAsync(() => update.UpdateAsync(viewer, new PolicyView(masterAnnualCap, masterDegreeCap, masterServiceYears, doctorateAnnualCap, doctorateDegreeCap,
                doctorateServiceYears, eligibleCostTypes ?? [], parsed), ct)))
            return Done(e["Policy.Saved"]);
        if (!ModelState.IsValid && Response.StatusCode == 200) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        IsHr = (await ViewerAsync(ct)).Hr;
        View = await reader.ViewAsync(ct);
    }

    public static readonly CostType[] CostTypes = Enum.GetValues<CostType>();
}
