using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Register;

/// <summary>
/// The register as other modules use it (<see cref="ICriticalTechnologyRegister"/>): which registered technologies a
/// piece of work touches, and keeping a result as a trade secret (商业秘密) — a controlled data set with an access grant
/// per holder (知悉范围), validated by the same rules as a grant made on the access page.
/// </summary>
public sealed class CriticalTechnologyRegister(TalentChainDbContext db, IStringLocalizer<KnowledgeResource> k) : ICriticalTechnologyRegister
{
    public async Task<IReadOnlyList<RegisteredTechnology>> CoveringAsync(IReadOnlyCollection<int> taxonomyNodeIds, CancellationToken ct = default)
    {
        if (taxonomyNodeIds.Count == 0) return [];
        var chinese = UiCulture.IsChinese;
        var techs = await db.CriticalTechnologies.AsNoTracking()
            .Select(t => new { t.Id, t.TaxonomyNodeId, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh, t.Segment, t.Sensitivity })
            .ToListAsync(ct);
        if (techs.Count == 0) return [];
        var subtrees = await CoverageService.SubtreesAsync(db, techs.Select(t => t.TaxonomyNodeId), ct);
        var wanted = taxonomyNodeIds.ToHashSet();
        return [.. techs.Where(t => subtrees[t.TaxonomyNodeId].Overlaps(wanted))
            .OrderBy(t => t.Segment).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new RegisteredTechnology(t.Id, t.TaxonomyNodeId, t.Code, UiCulture.Pick(t.Name, t.NameZh, chinese), t.Segment,
                t.Sensitivity == SensitivityClass.Controlled))];
    }

    public async Task<TradeSecretRegistration> RegisterTradeSecretAsync(TradeSecretInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var code = PersonCards.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), k["DataSet.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), k["Common.TooLong", 40]);
        else if (await db.ControlledDataSets.AnyAsync(s => s.Code == code, ct)) errors.Add(nameof(input.Code), k["DataSet.CodeDuplicate", code]);
        var name = PersonCards.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), k["DataSet.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), k["Common.TooLong", 200]);
        var nameZh = PersonCards.Blank(input.NameZh);
        if (nameZh?.Length > 200) errors.Add(nameof(input.NameZh), k["Common.TooLong", 200]);
        if (input.CriticalTechnologyId is { } t && !await db.CriticalTechnologies.AnyAsync(x => x.Id == t, ct))
            errors.Add(nameof(input.CriticalTechnologyId), k["Register.NotFound", t]);

        // Holders: the same rules as a grant on the access page — an active employee, with no open departure.
        var holderIds = (input.HolderEmployeeIds ?? []).Distinct().ToList();
        if (holderIds.Count == 0) errors.Add(nameof(input.HolderEmployeeIds), k["TradeSecret.HoldersRequired"]);
        else
        {
            var people = await db.EmployeeRefs.AsNoTracking().Where(e => holderIds.Contains(e.Id))
                .Select(e => new { e.Id, e.EmployeeNumber, e.Status }).ToDictionaryAsync(e => e.Id, ct);
            var leaving = (await db.Departures.AsNoTracking().Where(d => holderIds.Contains(d.EmployeeId) && d.Status == DepartureStatus.Open)
                .Select(d => d.EmployeeId).ToListAsync(ct)).ToHashSet();
            foreach (var id in holderIds)
            {
                if (!people.TryGetValue(id, out var p) || p.Status != EmployeeStatus.Active)
                    errors.Add(nameof(input.HolderEmployeeIds), k["Common.NoActiveEmployee", p?.EmployeeNumber ?? $"#{id}"]);
                else if (leaving.Contains(id)) errors.Add(nameof(input.HolderEmployeeIds), k["Grant.Leaving", p.EmployeeNumber]);
            }
        }
        var basis = PersonCards.Blank(input.LegalBasis);
        if (basis is null) errors.Add(nameof(input.LegalBasis), k["Grant.LegalBasisRequired"]);
        else if (basis.Length > 500) errors.Add(nameof(input.LegalBasis), k["Common.TooLong", 500]);
        if (input.ExpiresOn < input.StartsOn) errors.Add(nameof(input.ExpiresOn), k["Grant.ExpiryBeforeStart"]);
        errors.ThrowIfAny(k["TradeSecret.Invalid"]);

        var set = new ControlledDataSet
        {
            Code = code!, Name = name!, NameZh = nameZh, CriticalTechnologyId = input.CriticalTechnologyId,
            Sensitivity = SensitivityClass.Controlled, Description = PersonCards.Blank(input.Description),
        };
        // One save for the set and its grants: the grants point at the set through an explicit temporary key, which EF
        // replaces with the generated id when it inserts them.
        set.Id = -1;
        db.ControlledDataSets.Add(set).Property(s => s.Id).IsTemporary = true;
        var grantedBy = db.CurrentUser.Name;
        foreach (var id in holderIds)
        {
            db.AccessGrants.Add(new AccessGrant
            {
                DataSetId = set.Id, EmployeeId = id, LegalBasis = basis!, GrantedBy = grantedBy,
                StartsOn = input.StartsOn, ExpiresOn = input.ExpiresOn,
            });
        }
        await db.SaveChangesAsync(ct);
        return new TradeSecretRegistration(set.Id, set.Code, $"/knowledge/access/{set.Id}");
    }
}
