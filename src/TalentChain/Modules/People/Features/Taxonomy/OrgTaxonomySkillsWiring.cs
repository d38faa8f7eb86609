using TalentChain.Modules.People.Features.OrgUnits;
using TalentChain.Modules.People.Features.SkillRecords;

namespace TalentChain.Modules.People.Features.Taxonomy;

/// <summary>Registers the org-unit, taxonomy and skill-record features (handlers and API) in one call each.</summary>
public static class OrgTaxonomySkillsWiring
{
    public static IServiceCollection AddOrgTaxonomySkills(this IServiceCollection services) => services
        .AddScoped<OrgUnitHandlers>()
        .AddScoped<TaxonomyHandlers>()
        .AddScoped<SkillRecordHandlers>();

    public static IEndpointRouteBuilder MapOrgTaxonomySkills(this IEndpointRouteBuilder app) => app
        .MapOrgUnitEndpoints()
        .MapTaxonomyEndpoints()
        .MapSkillRecordEndpoints();
}
