using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    // Exports
    public DbSet<RegulatoryAnnouncement> RegulatoryAnnouncements => Set<RegulatoryAnnouncement>();
    public DbSet<ControlListEntry> ControlListEntries => Set<ControlListEntry>();
    public DbSet<Material> Materials => Set<Material>();
    public DbSet<MaterialElement> MaterialElements => Set<MaterialElement>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<JurisdictionCalendar> JurisdictionCalendars => Set<JurisdictionCalendar>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<LicenceApplication> LicenceApplications => Set<LicenceApplication>();
    public DbSet<ApplicationLine> ApplicationLines => Set<ApplicationLine>();
    public DbSet<RouteLeg> RouteLegs => Set<RouteLeg>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<SupplementRequest> SupplementRequests => Set<SupplementRequest>();
    public DbSet<Licence> Licences => Set<Licence>();
    public DbSet<LicenceLine> LicenceLines => Set<LicenceLine>();
    public DbSet<LicenceParty> LicenceParties => Set<LicenceParty>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShipmentLine> ShipmentLines => Set<ShipmentLine>();
    public DbSet<ProductionLine> ProductionLines => Set<ProductionLine>();
    public DbSet<LineConsumption> LineConsumptions => Set<LineConsumption>();
}
