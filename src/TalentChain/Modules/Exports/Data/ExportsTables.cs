using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports;

/// <summary>Export control's tables (their names are set in the entity configurations).</summary>
public static class ExportsTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<RegulatoryAnnouncement> RegulatoryAnnouncements => db.Set<RegulatoryAnnouncement>();
        public DbSet<ControlListEntry> ControlListEntries => db.Set<ControlListEntry>();
        public DbSet<Material> Materials => db.Set<Material>();
        public DbSet<MaterialElement> MaterialElements => db.Set<MaterialElement>();
        public DbSet<Party> Parties => db.Set<Party>();
        public DbSet<JurisdictionCalendar> JurisdictionCalendars => db.Set<JurisdictionCalendar>();
        public DbSet<CalendarDay> CalendarDays => db.Set<CalendarDay>();
        public DbSet<LicenceApplication> LicenceApplications => db.Set<LicenceApplication>();
        public DbSet<ApplicationLine> ApplicationLines => db.Set<ApplicationLine>();
        public DbSet<RouteLeg> RouteLegs => db.Set<RouteLeg>();
        public DbSet<ApplicationDocument> ApplicationDocuments => db.Set<ApplicationDocument>();
        public DbSet<ApplicationEvent> ApplicationEvents => db.Set<ApplicationEvent>();
        public DbSet<SupplementRequest> SupplementRequests => db.Set<SupplementRequest>();
        public DbSet<Licence> Licences => db.Set<Licence>();
        public DbSet<LicenceLine> LicenceLines => db.Set<LicenceLine>();
        public DbSet<LicenceParty> LicenceParties => db.Set<LicenceParty>();
        public DbSet<Shipment> Shipments => db.Set<Shipment>();
        public DbSet<ShipmentLine> ShipmentLines => db.Set<ShipmentLine>();
        public DbSet<ProductionLine> ProductionLines => db.Set<ProductionLine>();
        public DbSet<LineConsumption> LineConsumptions => db.Set<LineConsumption>();
    }
}
