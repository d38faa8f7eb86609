using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>
/// Who sees a commercialization project and its deals (ADR 0050): the office; its business owner, the owners of its
/// milestones and the inventors of its disclosures; finance (to book revenue). A project linked to a controlled disclosure
/// follows that disclosure's visibility (<see cref="CommercializationAccess"/>): whoever may not see the disclosure does
/// not see the project. Everyone else gets 404.
/// </summary>
public sealed class ProjectAccess(TalentChainDbContext db, CommercializationAccess access, Microsoft.Extensions.Localization.IStringLocalizer<CommercializationResource> t)
{
    public IQueryable<ConversionProject> Visible(CommercializationViewer v)
    {
        var all = db.ConversionProjects.AsNoTracking();
        if (v.Office) return all;
        var me = v.EmployeeId ?? -1;
        var finance = v.Finance;
        var mine = db.DisclosureInventors.Where(i => i.EmployeeId == me).Select(i => i.DisclosureId);
        var controlled = db.Disclosures.Where(d => d.Controlled).Select(d => d.Id);
        var controlledVisible = access.VisibleDisclosures(v).Where(d => d.Controlled).Select(d => d.Id);
        return all.Where(p =>
            (finance || p.BusinessOwnerId == me || p.Milestones.Any(m => m.OwnerId == me) || p.Disclosures.Any(d => mine.Contains(d.DisclosureId)))
            && !p.Disclosures.Any(d => controlled.Contains(d.DisclosureId) && !controlledVisible.Contains(d.DisclosureId)));
    }

    public Task<bool> MaySeeAsync(CommercializationViewer v, int projectId, CancellationToken ct) =>
        Visible(v).AnyAsync(p => p.Id == projectId, ct);

    /// <summary>Throws 404 unless the viewer may see the project.</summary>
    public async Task EnsureVisibleAsync(CommercializationViewer v, int projectId, CancellationToken ct)
    {
        if (!await MaySeeAsync(v, projectId, ct)) throw new Platform.Web.NotFoundException(t["NotFound.Project", projectId]);
    }

    /// <summary>Projects (by id) that touch a controlled disclosure the viewer may not read: shown to finance as "受控成果".</summary>
    public async Task<HashSet<int>> HiddenFromAsync(CommercializationViewer v, IReadOnlyCollection<int> projectIds, CancellationToken ct)
    {
        if (v.Office || projectIds.Count == 0) return [];
        var ids = projectIds.ToList();
        var controlled = db.Disclosures.Where(d => d.Controlled).Select(d => d.Id);
        var controlledVisible = access.VisibleDisclosures(v).Where(d => d.Controlled).Select(d => d.Id);
        var links = await db.ConversionProjectDisclosures.AsNoTracking()
            .Where(l => ids.Contains(l.ProjectId) && controlled.Contains(l.DisclosureId) && !controlledVisible.Contains(l.DisclosureId))
            .Select(l => l.ProjectId).Distinct().ToListAsync(ct);
        return [.. links];
    }
}
