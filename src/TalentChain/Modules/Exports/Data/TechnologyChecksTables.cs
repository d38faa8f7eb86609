using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports;

/// <summary>The technology-export checks' tables (names set in <c>TechnologyChecksConfigurations</c>).</summary>
public static class TechnologyChecksTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<TechnologyCatalogueItem> TechnologyCatalogueItems => db.Set<TechnologyCatalogueItem>();
        public DbSet<TechnologyCatalogueNode> TechnologyCatalogueNodes => db.Set<TechnologyCatalogueNode>();
        public DbSet<TechnologyExportCheck> TechnologyExportChecks => db.Set<TechnologyExportCheck>();
        public DbSet<TechnologyCheckNode> TechnologyCheckNodes => db.Set<TechnologyCheckNode>();
        public DbSet<TechnologyCheckDocument> TechnologyCheckDocuments => db.Set<TechnologyCheckDocument>();
        public DbSet<TechnologyCheckEvent> TechnologyCheckEvents => db.Set<TechnologyCheckEvent>();
    }
}
