using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Policy;

/// <summary>
/// HR changes the education policy: caps and service years per degree level, the eligible cost types, and the
/// reimbursed share per grade band (bands may not overlap). Applies to agreements signed afterwards; signed ones keep theirs.
/// </summary>
public sealed class UpdatePolicy(TalentChainDbContext db, EducationPolicyReader reader, IStringLocalizer<EducationResource> e)
{
    public async Task<PolicyView> UpdateAsync(EducationViewer viewer, PolicyView input, CancellationToken ct = default)
    {
        if (!viewer.Hr) throw new AccessDeniedException(e["Policy.HrOnly"]);
        var errors = new FieldErrors();
        void Cap(string field, decimal annual, decimal total)
        {
            if (annual <= 0 || annual > 1_000_000m || decimal.Round(annual, 2) != annual) errors.Add(field, e["Agreement.CapInvalid"]);
            else if (total < annual || total > 5_000_000m || decimal.Round(total, 2) != total) errors.Add(field, e["Agreement.DegreeCapBelowAnnual"]);
        }
        Cap(nameof(input.MasterAnnualCap), input.MasterAnnualCap, input.MasterDegreeCap);
        Cap(nameof(input.DoctorateAnnualCap), input.DoctorateAnnualCap, input.DoctorateDegreeCap);
        if (input.MasterServiceYears is < 1 or > 10) errors.Add(nameof(input.MasterServiceYears), e["Agreement.YearsInvalid"]);
        if (input.DoctorateServiceYears is < 1 or > 10) errors.Add(nameof(input.DoctorateServiceYears), e["Agreement.YearsInvalid"]);
        if (input.EligibleCostTypes is not { Count: > 0 } || input.EligibleCostTypes.Any(c => !Enum.IsDefined(c))) errors.Add(nameof(input.EligibleCostTypes), e["Agreement.CostsRequired"]);
        var bands = (input.ShareBands ?? []).OrderBy(b => b.MinGrade).ToList();
        if (bands.Count == 0) errors.Add(nameof(input.ShareBands), e["Policy.BandsRequired"]);
        for (var i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            if (b.MinGrade < EmployeeRef.MinGrade || b.MaxGrade > EmployeeRef.MaxGrade || b.MinGrade > b.MaxGrade)
                errors.Add(nameof(input.ShareBands), e["Policy.BandRange", b.MinGrade, b.MaxGrade, EmployeeRef.MinGrade, EmployeeRef.MaxGrade]);
            else if (i > 0 && b.MinGrade <= bands[i - 1].MaxGrade) errors.Add(nameof(input.ShareBands), e["Policy.BandOverlap", b.MinGrade, b.MaxGrade]);
            if (b.SharePercent is <= 0 or > 100) errors.Add(nameof(input.ShareBands), e["Agreement.ShareInvalid"]);
        }
        errors.ThrowIfAny(e["Policy.Invalid"]);

        var policy = await db.EducationPolicies.OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (policy is null) db.EducationPolicies.Add(policy = new EducationPolicy());
        (policy.MasterAnnualCap, policy.MasterDegreeCap, policy.MasterServiceYears) = (input.MasterAnnualCap, input.MasterDegreeCap, input.MasterServiceYears);
        (policy.DoctorateAnnualCap, policy.DoctorateDegreeCap, policy.DoctorateServiceYears) = (input.DoctorateAnnualCap, input.DoctorateDegreeCap, input.DoctorateServiceYears);
        policy.EligibleCostTypes = [.. input.EligibleCostTypes.Distinct()];
        db.ShareBands.RemoveRange(await db.ShareBands.ToListAsync(ct));
        foreach (var b in bands) db.ShareBands.Add(new ShareBand { MinGrade = b.MinGrade, MaxGrade = b.MaxGrade, SharePercent = b.SharePercent });
        db.RecordAuditEvent("EducationPolicy", "policy", new Dictionary<string, string?>
        {
            ["Bands"] = string.Join("; ", bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.MinGrade}-{b.MaxGrade}: {b.SharePercent}%"))),
        });
        await db.SaveChangesAsync(ct);
        return await reader.ViewAsync(ct);
    }
}
