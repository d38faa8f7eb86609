using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Modules.Exports.Data;

internal sealed class TechnologyCatalogueItemConfiguration : IEntityTypeConfiguration<TechnologyCatalogueItem>
{
    public void Configure(EntityTypeBuilder<TechnologyCatalogueItem> b)
    {
        b.ToTable("ExportTechnologyCatalogue");
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.NameZh).HasMaxLength(300);
        b.Property(x => x.ControlPoints).HasMaxLength(2000);
        b.Property(x => x.SourceDocument).HasMaxLength(400);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Nodes).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TechnologyCatalogueNodeConfiguration : IEntityTypeConfiguration<TechnologyCatalogueNode>
{
    public void Configure(EntityTypeBuilder<TechnologyCatalogueNode> b)
    {
        b.ToTable("ExportTechnologyCatalogueNodes");
        b.HasKey(x => new { x.ItemId, x.TaxonomyNodeId });
    }
}

internal sealed class TechnologyExportCheckConfiguration : IEntityTypeConfiguration<TechnologyExportCheck>
{
    public void Configure(EntityTypeBuilder<TechnologyExportCheck> b)
    {
        b.ToTable("ExportTechnologyChecks");
        b.HasIndex(x => x.Number).IsUnique();
        // One live check per source key (NULL for closed checks and checks made by hand; NULLs do not collide).
        b.HasIndex(x => x.LiveKey).IsUnique();
        b.HasIndex(x => x.RequestedByEmployeeId);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.SourceKey).HasMaxLength(100);
        b.Property(x => x.LiveKey).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.CounterpartyName).HasMaxLength(300);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.ClassificationNote).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.CatalogueItem).WithMany().HasForeignKey(x => x.CatalogueItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Nodes).WithOne().HasForeignKey(x => x.CheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.CheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TechnologyCheckNodeConfiguration : IEntityTypeConfiguration<TechnologyCheckNode>
{
    public void Configure(EntityTypeBuilder<TechnologyCheckNode> b)
    {
        b.ToTable("ExportTechnologyCheckNodes");
        b.HasKey(x => new { x.CheckId, x.TaxonomyNodeId });
    }
}

internal sealed class TechnologyCheckDocumentConfiguration : IEntityTypeConfiguration<TechnologyCheckDocument>
{
    public void Configure(EntityTypeBuilder<TechnologyCheckDocument> b)
    {
        b.ToTable("ExportTechnologyCheckDocuments");
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class TechnologyCheckEventConfiguration : IEntityTypeConfiguration<TechnologyCheckEvent>
{
    public void Configure(EntityTypeBuilder<TechnologyCheckEvent> b)
    {
        b.ToTable("ExportTechnologyCheckEvents");
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.NoteZh).HasMaxLength(2000);
    }
}
