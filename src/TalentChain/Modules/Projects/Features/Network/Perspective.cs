using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Rotations.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Network;

/// <summary>A node of the network graph: the person, a unit, a chain segment or a colleague; X/Y place it on a 600×600 canvas.</summary>
public sealed record NetworkNode(string Id, string Kind, string Label, double X, double Y);

/// <summary>An edge from the person: "rotation" or "project", with what it was (hidden for a project the viewer may not know of).</summary>
public sealed record NetworkEdge(string To, string Via, string Label);

public sealed record NetworkView(int EmployeeId, string Name, PerspectiveCounts Counts, List<NetworkNode> Nodes, List<NetworkEdge> Edges);

/// <summary>
/// Network and perspective (人脉与视野): the units, chain segments and people a person has worked with through published
/// rotations (the host unit; other participants placed in the same unit at overlapping times) and projects (the lead
/// unit and segment; co-members with overlapping membership; the sponsor). Visible to the person, those above them in
/// the management chain, program managers of their program and administrators (404 for anyone else).
/// </summary>
public sealed class Perspective(TalentChainDbContext db, IProgramAccess program, IManagementChain chain, ProjectsAccess access, ProjectsText text) : IPerspective
{
    private sealed record Contact(string Via, int? UnitId, ChainSegment? Segment, IReadOnlyCollection<int> People, int? ProjectId, string Label, bool Hidden);

    public async Task<bool> MaySeeAsync(ClaimsPrincipal user, int employeeId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Administrator)) return true;
        var me = await program.ViewerEmployeeIdAsync(user, ct);
        if (me == employeeId) return true;
        if (me is { } viewer && (await chain.AboveAsync(employeeId, ct)).Contains(viewer)) return true;
        if (!ProgramPolicies.IsManager(user)) return false;
        foreach (var programId in await db.ParticipantRefs.AsNoTracking().Where(p => p.EmployeeId == employeeId).Select(p => p.Cohort!.ProgramId).Distinct().ToListAsync(ct))
            if (await program.ManagesProgramAsync(user, programId, ct)) return true;
        return false;
    }

    public async Task<NetworkView> ForViewerAsync(ClaimsPrincipal user, int employeeId, CancellationToken ct = default)
    {
        var person = await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId, ct);
        if (person is null || !await MaySeeAsync(user, employeeId, ct)) throw new NotFoundException(text.L["Network.NotFound", employeeId]);
        var viewer = await access.ViewerAsync(user, ct);
        var visible = (await access.Visible(viewer).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var contacts = await ContactsAsync(employeeId, visible, ct);
        return await GraphAsync(person, contacts, ct);
    }

    public async Task<IReadOnlyDictionary<int, PerspectiveCounts>> ForAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default)
    {
        var result = new Dictionary<int, PerspectiveCounts>();
        foreach (var id in employeeIds.Distinct()) result[id] = Count(id, await ContactsAsync(id, null, ct));
        return result;
    }

    private static PerspectiveCounts Count(int employeeId, List<Contact> contacts) => new(employeeId,
        contacts.Select(c => c.UnitId).OfType<int>().Distinct().Count(),
        contacts.Select(c => c.Segment).OfType<ChainSegment>().Distinct().Count(),
        contacts.SelectMany(c => c.People).Where(p => p != employeeId).Distinct().Count(),
        contacts.Count(c => c.Via == "rotation"),
        contacts.Where(c => c.Via == "project").Select(c => c.ProjectId).Distinct().Count());

    /// <param name="visibleProjects">Projects the viewer may know of (null: counts only, nothing named).</param>
    private async Task<List<Contact>> ContactsAsync(int employeeId, HashSet<int>? visibleProjects, CancellationToken ct)
    {
        var chinese = ProjectsText.Chinese;
        var contacts = new List<Contact>();
        var participations = await db.ParticipantRefs.AsNoTracking().Where(p => p.EmployeeId == employeeId).Select(p => p.Id).ToListAsync(ct);
        var rotations = await db.RotationPlacementRefs.AsNoTracking().Include(r => r.OrgUnit).Where(r => participations.Contains(r.ParticipantId)).ToListAsync(ct);
        foreach (var r in rotations)
        {
            var peers = await db.RotationPlacementRefs.AsNoTracking()
                .Where(o => o.OrgUnitId == r.OrgUnitId && !participations.Contains(o.ParticipantId) && o.PlannedStart <= r.PlannedEnd && r.PlannedStart <= o.PlannedEnd)
                .Join(db.ParticipantRefs, o => o.ParticipantId, p => p.Id, (o, p) => p.EmployeeId).Distinct().ToListAsync(ct);
            contacts.Add(new Contact("rotation", r.OrgUnitId, r.OrgUnit?.Segment, peers, null,
                $"{r.OrgUnit?.DisplayName(chinese)} {UiCulture.Iso(r.PlannedStart)}–{UiCulture.Iso(r.PlannedEnd)}", false));
        }
        var memberships = await db.ProjectMemberships.AsNoTracking().Include(m => m.Project).Where(m => m.EmployeeId == employeeId).ToListAsync(ct);
        foreach (var m in memberships)
        {
            var project = m.Project!;
            var peers = await db.ProjectMemberships.AsNoTracking()
                .Where(o => o.ProjectId == m.ProjectId && o.EmployeeId != employeeId && o.From <= m.To && m.From <= o.To).Select(o => o.EmployeeId).Distinct().ToListAsync(ct);
            peers.Add(project.SponsorEmployeeId);
            var hidden = visibleProjects is not null && !visibleProjects.Contains(project.Id);
            contacts.Add(new Contact("project", project.LeadUnitId, project.Segment, peers, project.Id,
                hidden ? text.L["Network.ClassifiedProject"] : $"{project.Code} {project.DisplayTitle(chinese)}", hidden));
        }
        return contacts;
    }

    private async Task<NetworkView> GraphAsync(EmployeeRef person, List<Contact> contacts, CancellationToken ct)
    {
        var chinese = ProjectsText.Chinese;
        var unitIds = contacts.Select(c => c.UnitId).OfType<int>().Distinct().ToList();
        var units = await db.OrgUnitRefs.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        // People met only through a project the viewer may not know of are counted, not named.
        var named = contacts.Where(c => !c.Hidden).SelectMany(c => c.People).Where(p => p != person.Id).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => named.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var nodes = new List<NetworkNode> { new("person", "person", person.DisplayName(chinese), 300, 300) };
        var inner = unitIds.Select(id => ("unit:" + id.ToString(CultureInfo.InvariantCulture), "unit", units.TryGetValue(id, out var u) ? u.DisplayName(chinese) : ""))
            .Concat(contacts.Select(c => c.Segment).OfType<ChainSegment>().Distinct().Select(s => ("segment:" + s, "segment", text.Segment(s)))).ToList();
        var outer = people.Values.OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal)
            .Select(e => ("person:" + e.Id.ToString(CultureInfo.InvariantCulture), "colleague", e.DisplayName(chinese))).ToList();
        Ring(nodes, inner, 140);
        Ring(nodes, outer, 250);
        var edges = new List<NetworkEdge>();
        foreach (var c in contacts)
        {
            if (c.UnitId is { } u) edges.Add(new NetworkEdge("unit:" + u.ToString(CultureInfo.InvariantCulture), c.Via, c.Label));
            if (c.Segment is { } s) edges.Add(new NetworkEdge("segment:" + s, c.Via, c.Label));
            if (!c.Hidden)
                foreach (var p in c.People.Where(people.ContainsKey)) edges.Add(new NetworkEdge("person:" + p.ToString(CultureInfo.InvariantCulture), c.Via, c.Label));
        }
        return new NetworkView(person.Id, person.DisplayName(chinese), Count(person.Id, contacts), nodes, [.. edges.DistinctBy(e => (e.To, e.Via, e.Label))]);
    }

    private static void Ring(List<NetworkNode> nodes, List<(string Id, string Kind, string Label)> items, double radius)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, items.Count) - Math.PI / 2;
            nodes.Add(new NetworkNode(items[i].Id, items[i].Kind, items[i].Label, Math.Round(300 + radius * Math.Cos(angle), 1), Math.Round(300 + radius * Math.Sin(angle), 1)));
        }
    }
}
