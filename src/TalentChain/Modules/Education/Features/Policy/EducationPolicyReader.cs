using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Education.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education.Features.Policy;

public sealed record ShareBandView(int MinGrade, int MaxGrade, decimal SharePercent);

public sealed record PolicyView(decimal MasterAnnualCap, decimal MasterDegreeCap, int MasterServiceYears, decimal DoctorateAnnualCap, decimal DoctorateDegreeCap,
    int DoctorateServiceYears, IReadOnlyList<CostType> EligibleCostTypes, IReadOnlyList<ShareBandView> ShareBands);

/// <summary>The education policy as stored (one row and the grade bands), or the built-in defaults when none is stored yet.</summary>
public sealed class EducationPolicyReader(TalentChainDbContext db)
{
    /// <summary>Defaults: master's ¥30,000 a year / ¥80,000 in all, 3 years' service; PhD ¥40,000 / ¥160,000, 5 years.</summary>
    public static EducationPolicy Default() => new()
    {
        MasterAnnualCap = 30_000m, MasterDegreeCap = 80_000m, MasterServiceYears = 3,
        DoctorateAnnualCap = 40_000m, DoctorateDegreeCap = 160_000m, DoctorateServiceYears = 5,
        EligibleCostTypes = [CostType.Tuition, CostType.Registration, CostType.ThesisFee, CostType.Textbooks],
    };

    /// <summary>Grades 1–8: 60 %, 9–14: 80 %, 15–20: 100 %.</summary>
    public static IReadOnlyList<ShareBand> DefaultBands() =>
        [new() { MinGrade = 1, MaxGrade = 8, SharePercent = 60m }, new() { MinGrade = 9, MaxGrade = 14, SharePercent = 80m }, new() { MinGrade = 15, MaxGrade = 20, SharePercent = 100m }];

    public async Task<EducationPolicy> PolicyAsync(CancellationToken ct = default) =>
        await db.EducationPolicies.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(ct) ?? Default();

    public async Task<List<ShareBand>> BandsAsync(CancellationToken ct = default)
    {
        var bands = await db.ShareBands.AsNoTracking().OrderBy(b => b.MinGrade).ToListAsync(ct);
        return bands.Count > 0 ? bands : [.. DefaultBands()];
    }

    /// <summary>The reimbursed share for a grade; a grade in no band gets the lowest share.</summary>
    public async Task<decimal> ShareForGradeAsync(int grade, CancellationToken ct = default)
    {
        var bands = await BandsAsync(ct);
        return bands.FirstOrDefault(b => grade >= b.MinGrade && grade <= b.MaxGrade)?.SharePercent ?? bands.Min(b => b.SharePercent);
    }

    public async Task<PolicyView> ViewAsync(CancellationToken ct = default)
    {
        var p = await PolicyAsync(ct);
        return new PolicyView(p.MasterAnnualCap, p.MasterDegreeCap, p.MasterServiceYears, p.DoctorateAnnualCap, p.DoctorateDegreeCap, p.DoctorateServiceYears,
            p.EligibleCostTypes, [.. (await BandsAsync(ct)).Select(b => new ShareBandView(b.MinGrade, b.MaxGrade, b.SharePercent))]);
    }
}
