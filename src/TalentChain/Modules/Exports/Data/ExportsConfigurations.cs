using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Audit;

namespace TalentChain.Modules.Exports.Data;

internal static class Money
{
    public static PropertyBuilder<decimal> Amount(this PropertyBuilder<decimal> p) => p.HasPrecision(18, 4);
}

internal sealed class RegulatoryAnnouncementConfiguration : IEntityTypeConfiguration<RegulatoryAnnouncement>
{
    public void Configure(EntityTypeBuilder<RegulatoryAnnouncement> b)
    {
        b.ToTable("ExportAnnouncements");
        b.HasIndex(x => new { x.Regime, x.Number }).IsUnique();
        b.Property(x => x.Regime).HasMaxLength(40);
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(400);
        b.Property(x => x.TitleZh).HasMaxLength(400);
        b.Property(x => x.SuspendedBy).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Entries).WithOne(x => x.Announcement).HasForeignKey(x => x.AnnouncementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ControlListEntryConfiguration : IEntityTypeConfiguration<ControlListEntry>
{
    public void Configure(EntityTypeBuilder<ControlListEntry> b)
    {
        b.ToTable("ExportControlEntries");
        b.HasIndex(x => new { x.ControlCode, x.Element });
        b.Property(x => x.ControlCode).HasMaxLength(40);
        b.Property(x => x.Element).HasMaxLength(3);
        b.Property(x => x.Forms).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.DescriptionZh).HasMaxLength(1000);
        b.Property(x => x.HsCodes).HasMaxLength(400);
        b.Property(x => x.MinContentPercent).HasPrecision(9, 4);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.FormList);
    }
}

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> b)
    {
        b.ToTable("ExportMaterials");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.HsCode).HasMaxLength(20);
        b.Property(x => x.Unit).HasMaxLength(10);
        b.Property(x => x.Form).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Composition).WithOne().HasForeignKey(x => x.MaterialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaterialElementConfiguration : IEntityTypeConfiguration<MaterialElement>
{
    public void Configure(EntityTypeBuilder<MaterialElement> b)
    {
        b.ToTable("ExportMaterialElements");
        b.Property(x => x.Element).HasMaxLength(3);
        b.Property(x => x.WeightPercent).HasPrecision(9, 4);
    }
}

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> b)
    {
        b.ToTable("ExportParties");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Country).HasMaxLength(2);
        b.Property(x => x.Address).HasMaxLength(400);
        b.Property(x => x.Roles).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class CalendarConfiguration : IEntityTypeConfiguration<JurisdictionCalendar>
{
    public void Configure(EntityTypeBuilder<JurisdictionCalendar> b)
    {
        b.ToTable("ExportCalendars");
        b.HasIndex(x => x.Jurisdiction).IsUnique();
        b.Property(x => x.Jurisdiction).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Days).WithOne().HasForeignKey(x => x.CalendarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("ExportCalendarDays");
        b.HasIndex(x => new { x.CalendarId, x.Date }).IsUnique();
        b.Property(x => x.Kind).HasMaxLength(10);
        b.Property(x => x.Note).HasMaxLength(200);
    }
}

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> b)
    {
        b.ToTable("ExportApplications");
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.Status);
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.ContractNumber).HasMaxLength(100);
        b.Property(x => x.EndUse).HasMaxLength(1000);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Jurisdiction).HasMaxLength(10);
        b.Property(x => x.DecisionNote).HasMaxLength(2000);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(30);
        b.Property(x => x.EndUseCategory).HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Applicant).WithMany().HasForeignKey(x => x.ApplicantPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Consignee).WithMany().HasForeignKey(x => x.ConsigneePartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.EndUser).WithMany().HasForeignKey(x => x.EndUserPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(x => x.AmendsLicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Route).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Supplements).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationLineConfiguration : IEntityTypeConfiguration<ApplicationLine>
{
    public void Configure(EntityTypeBuilder<ApplicationLine> b)
    {
        b.ToTable("ExportApplicationLines");
        b.Property(x => x.ControlCode).HasMaxLength(40);
        b.Property(x => x.Unit).HasMaxLength(10);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Quantity).Amount();
        // Masked in the audit log since the log was written (it matched columns by the name "Value"); whether line values
        // should be shown there is a product decision, not a side effect of this mapping (ADR 0041).
        b.Property(x => x.Value).Amount().IsSecret();
        b.HasOne(x => x.Material).WithMany().HasForeignKey(x => x.MaterialId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RouteLegConfiguration : IEntityTypeConfiguration<RouteLeg>
{
    public void Configure(EntityTypeBuilder<RouteLeg> b)
    {
        b.ToTable("ExportRouteLegs");
        b.Property(x => x.FromCountry).HasMaxLength(2);
        b.Property(x => x.ToCountry).HasMaxLength(2);
        b.Property(x => x.Mode).HasMaxLength(20);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> b)
    {
        b.ToTable("ExportApplicationDocuments");
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.Property(x => x.Kind).HasMaxLength(30);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("ExportApplicationEvents");
        b.HasIndex(x => new { x.ApplicationId, x.At });
        b.Property(x => x.From).HasMaxLength(30);
        b.Property(x => x.To).HasMaxLength(30);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}

internal sealed class SupplementRequestConfiguration : IEntityTypeConfiguration<SupplementRequest>
{
    public void Configure(EntityTypeBuilder<SupplementRequest> b)
    {
        b.ToTable("ExportSupplementRequests");
        b.Property(x => x.Policy).HasMaxLength(20);
        b.Property(x => x.Request).HasMaxLength(2000);
    }
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> b)
    {
        b.ToTable("ExportLicences");
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.NoReexportTo).HasMaxLength(200);
        b.Property(x => x.Conditions).HasMaxLength(2000);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.Property(x => x.TolerancePercent).HasPrecision(9, 4);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<LicenceApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(x => x.ExporterPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne(x => x.Licence).HasForeignKey(x => x.LicenceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.LicenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LicencePartyConfiguration : IEntityTypeConfiguration<LicenceParty>
{
    public void Configure(EntityTypeBuilder<LicenceParty> b)
    {
        b.ToTable("ExportLicenceParties");
        b.HasIndex(x => new { x.LicenceId, x.PartyId }).IsUnique();
        b.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LicenceLineConfiguration : IEntityTypeConfiguration<LicenceLine>
{
    public void Configure(EntityTypeBuilder<LicenceLine> b)
    {
        b.ToTable("ExportLicenceLines");
        b.Property(x => x.ControlCode).HasMaxLength(40);
        b.Property(x => x.Unit).HasMaxLength(10);
        b.Property(x => x.Quantity).Amount();
        // Masked in the audit log since the log was written (it matched columns by the name "Value"); whether line values
        // should be shown there is a product decision, not a side effect of this mapping (ADR 0041).
        b.Property(x => x.Value).Amount().IsSecret();
        b.Property(x => x.ReservedQuantity).Amount();
        b.Property(x => x.ReservedValue).Amount();
        b.Property(x => x.ConsumedQuantity).Amount();
        b.Property(x => x.ConsumedValue).Amount();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.UtilisationPercent);
        b.HasOne(x => x.Material).WithMany().HasForeignKey(x => x.MaterialId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.ToTable("ExportShipments");
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.DestinationCountry).HasMaxLength(2);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.EndUseCategory).HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Licence).WithMany().HasForeignKey(x => x.LicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(x => x.ConsigneePartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Party>().WithMany().HasForeignKey(x => x.EndUserPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ShipmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> b)
    {
        b.ToTable("ExportShipmentLines");
        b.Property(x => x.Quantity).Amount();
        // Masked in the audit log since the log was written (it matched columns by the name "Value"); whether line values
        // should be shown there is a product decision, not a side effect of this mapping (ADR 0041).
        b.Property(x => x.Value).Amount().IsSecret();
        b.HasOne(x => x.LicenceLine).WithMany().HasForeignKey(x => x.LicenceLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductionLineConfiguration : IEntityTypeConfiguration<ProductionLine>
{
    public void Configure(EntityTypeBuilder<ProductionLine> b)
    {
        b.ToTable("ExportProductionLines");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Country).HasMaxLength(2);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.DailyOutputValue).Amount();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Customer).WithMany().HasForeignKey(x => x.CustomerPartyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Consumption).WithOne().HasForeignKey(x => x.ProductionLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LineConsumptionConfiguration : IEntityTypeConfiguration<LineConsumption>
{
    public void Configure(EntityTypeBuilder<LineConsumption> b)
    {
        b.ToTable("ExportLineConsumptions");
        b.HasIndex(x => new { x.ProductionLineId, x.MaterialId }).IsUnique();
        b.Property(x => x.DailyConsumption).Amount();
        b.Property(x => x.StockOnHand).Amount();
        b.Property(x => x.InTransit).Amount();
        b.HasOne(x => x.Material).WithMany().HasForeignKey(x => x.MaterialId).OnDelete(DeleteBehavior.Restrict);
    }
}
