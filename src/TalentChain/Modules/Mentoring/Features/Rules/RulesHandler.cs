using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Mentoring.Features.Rules;

public sealed record RulesInput(
    bool ExcludeManagementChain, int TechnicalMinLevel, bool CareerOtherUnit, int PeerMinTenureYears, int PeerMaxTenureYears,
    int? PeerMaxGrade, ProfessionalTitle? PeerMaxTitle, int WeightSkill, int WeightSegment, int WeightSite, int WeightRating, int WeightPreference, long? Version);
public sealed record RulesView(int ProgramId, bool ExcludeManagementChain, int TechnicalMinLevel, bool CareerOtherUnit, int PeerMinTenureYears, int PeerMaxTenureYears,
    int? PeerMaxGrade, ProfessionalTitle? PeerMaxTitle, int WeightSkill, int WeightSegment, int WeightSite, int WeightRating, int WeightPreference, long Version);

/// <summary>A program's matching rules and score weights.</summary>
public sealed class RulesHandler(TalentChainDbContext db, RoundLoader rounds, IProgramAccess access, IStringLocalizer<MentoringResource> t)
{
    public async Task<RulesView> GetRulesAsync(int programId, CancellationToken ct = default)
    {
        if (!await db.ProgramRefs.AnyAsync(p => p.Id == programId, ct)) throw new NotFoundException(t["Program.NotFound", programId]);
        var r = await rounds.RulesForAsync(programId, ct);
        if (r.Id == 0) await db.SaveChangesAsync(ct);
        return View(r);
    }

    private static RulesView View(MentoringRules r) => new(r.ProgramId, r.ExcludeManagementChain, r.TechnicalMinLevel, r.CareerOtherUnit, r.PeerMinTenureYears, r.PeerMaxTenureYears,
        r.PeerMaxGrade, r.PeerMaxTitle, r.WeightSkill, r.WeightSegment, r.WeightSite, r.WeightRating, r.WeightPreference, r.Version);

    /// <summary>Only a manager of the program (or an administrator) changes its rules (403 otherwise).</summary>
    public async Task<RulesView> UpdateRulesAsync(ClaimsPrincipal user, int programId, RulesInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireManagesAsync(user, ProgramScope.Program, programId, ct);
        if (!await db.ProgramRefs.AnyAsync(p => p.Id == programId, ct)) throw new NotFoundException(t["Program.NotFound", programId]);
        var errors = new FieldErrors();
        if (!Proficiency.IsValid(input.TechnicalMinLevel)) errors.Add(nameof(input.TechnicalMinLevel), t["Rules.Level"]);
        if (input.PeerMinTenureYears < 0 || input.PeerMaxTenureYears < input.PeerMinTenureYears) errors.Add(nameof(input.PeerMaxTenureYears), t["Rules.TenureBand"]);
        if (input.PeerMaxGrade is { } g && (g < EmployeeRef.MinGrade || g > EmployeeRef.MaxGrade)) errors.Add(nameof(input.PeerMaxGrade), t["Rules.Grade", EmployeeRef.MinGrade, EmployeeRef.MaxGrade]);
        foreach (var (name, w) in new[] { (nameof(input.WeightSkill), input.WeightSkill), (nameof(input.WeightSegment), input.WeightSegment), (nameof(input.WeightSite), input.WeightSite), (nameof(input.WeightRating), input.WeightRating), (nameof(input.WeightPreference), input.WeightPreference) })
            if (w is < 0 or > 1000) errors.Add(name, t["Rules.Weight"]);
        errors.ThrowIfAny(t["Rules.Invalid"]);
        var r = await rounds.RulesForAsync(programId, ct);
        if (input.Version is { } v && r.Id != 0) db.Entry(r).Property(x => x.Version).OriginalValue = v;
        r.ExcludeManagementChain = input.ExcludeManagementChain;
        r.TechnicalMinLevel = input.TechnicalMinLevel;
        r.CareerOtherUnit = input.CareerOtherUnit;
        r.PeerMinTenureYears = input.PeerMinTenureYears;
        r.PeerMaxTenureYears = input.PeerMaxTenureYears;
        r.PeerMaxGrade = input.PeerMaxGrade;
        r.PeerMaxTitle = input.PeerMaxTitle;
        r.WeightSkill = input.WeightSkill;
        r.WeightSegment = input.WeightSegment;
        r.WeightSite = input.WeightSite;
        r.WeightRating = input.WeightRating;
        r.WeightPreference = input.WeightPreference;
        await db.SaveChangesAsync(ct);
        return View(r);
    }
}
