using TalentChain.Modules.Commercialization.Features;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Modules.Commercialization.Features.Disclosures;
using TalentChain.Modules.Commercialization.Features.Evaluations;
using TalentChain.Modules.Commercialization.Features.Legal;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Modules.Commercialization.Features.Sharing;
using TalentChain.Platform.Jobs;

namespace TalentChain.Modules.Commercialization;

/// <summary>
/// Commercialization (成果转化): invention disclosures (发明披露), their evaluation and decision, IP protection (patent
/// families, filings, computed deadlines with reminders), legal advisory and knowledge-sharing sessions. Go-to-market
/// deals and rewards live in the same module (the deals part).
/// </summary>
public static class CommercializationModule
{
    public static IServiceCollection AddCommercialization(this IServiceCollection services)
    {
        services.AddCommercializationPolicies();
        services.AddScoped<CommercializationAccess>();
        services.AddScoped<CommercializationText>();
        services.AddDeals();
        services.AddScoped<DisclosureHandlers>();
        services.AddScoped<EvaluationHandlers>();
        services.AddScoped<PatentHandlers>();
        services.AddScoped<LegalHandlers>();
        services.AddScoped<LegalExports>();
        services.AddScoped<Features.Attachments.AttachmentHandlers>();
        services.AddScoped<CommercializationExports>();
        services.AddScoped<Contracts.IInventionRecords, InventionRecords>();
        services.AddScoped<TalentChain.Modules.People.Contracts.IProfileSection, InventionsProfileSection>();
        services.AddScoped<TalentChain.Platform.Demo.IDemoDataContributor, Demo.CommercializationDemoData>();
        services.AddScoped<TalentChain.Platform.Demo.IDemoDataContributor, Demo.LegalDemoData>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource, IpCalendarSource>();
        services.AddPeriodicTask<IpDeadlineReminders>();
        services.AddScoped<Features.Sharing.SharingHandlers>();
        services.AddScoped<Features.Sharing.SharingExports>();
        services.AddScoped<TalentChain.Platform.Calendar.ICalendarSource, Features.Sharing.SharingCalendarSource>();
        services.AddScoped<TalentChain.Modules.TalentProgram.Contracts.ITrainingCalendarEntries, Features.Sharing.SharingTrainingCalendar>();
        services.AddScoped<TalentChain.Platform.Demo.IDemoDataContributor, Demo.SharingDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommercialization(this IEndpointRouteBuilder app)
    {
        app.MapCommercializationEndpoints();
        app.MapDealsEndpoints();
        app.MapSharingEndpoints();
        app.MapLegalEndpoints();
        return app;
    }
}
