using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Catalog;

/// <summary>
/// Projects, their roles and members: the list (classified ones only for those who need to know), one project, and the
/// changes program managers (projects) and sponsors (roles, members) make. Bad input: a specific message per field,
/// nothing written.
/// </summary>
public sealed class ProjectsHandler(TalentChainDbContext db, ProjectsAccess access, ProjectsText text, TimeProvider clock)
{
    public const int MaxSeats = 100;

    public async Task<List<ProjectSummary>> ListAsync(ClaimsPrincipal user, ProjectFilter filter, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var q = access.Visible(viewer).AsNoTracking();
        if (filter.Segment is { } s) q = q.Where(p => p.Segment == s);
        if (filter.Kind is { } k) q = q.Where(p => p.Kind == k);
        if (filter.Status is { } st) q = q.Where(p => p.Status == st);
        var rows = await q.Include(p => p.LeadUnit).Include(p => p.Sponsor).Include(p => p.Roles).Include(p => p.Members)
            .AsSplitQuery().OrderBy(p => p.Code).ToListAsync(ct);
        // Text search in memory: a portfolio is dozens of projects, and both scripts match case-insensitively on every provider.
        if (filter.Q?.Trim() is { Length: > 0 } term)
            rows = [.. rows.Where(p => p.Code.Contains(term, StringComparison.OrdinalIgnoreCase) || p.Title.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (p.TitleZh?.Contains(term, StringComparison.Ordinal) ?? false))];
        return [.. rows.Select(Summary)];
    }

    public async Task<ProjectDetail> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        await access.RequireSeeAsync(viewer, id, ct);
        var p = await db.StrategicProjects.AsNoTracking().Include(x => x.LeadUnit).Include(x => x.Sponsor)
            .Include(x => x.Roles).ThenInclude(r => r.Skills).ThenInclude(s => s.TaxonomyNode)
            .Include(x => x.Members).ThenInclude(m => m.Employee).Include(x => x.Members).ThenInclude(m => m.Role)
            .AsSplitQuery().FirstAsync(x => x.Id == id, ct);
        var chinese = ProjectsText.Chinese;
        var roles = p.Roles.OrderBy(r => r.StartDate).ThenBy(r => r.Id).Select(r => new RoleView(r.Id, r.Title, r.TitleZh, r.DisplayTitle(chinese), r.Seats, r.StartDate, r.EndDate,
            [.. r.Skills.OrderBy(s => s.TaxonomyNode!.Code, StringComparer.Ordinal).Select(s => new RoleSkillView(s.TaxonomyNodeId, s.TaxonomyNode!.Code, s.TaxonomyNode.DisplayName(chinese), s.MinLevel))],
            p.Members.Count(m => m.RoleId == r.Id))).ToList();
        var members = p.Members.OrderBy(m => m.From).ThenBy(m => m.Employee!.EmployeeNumber, StringComparer.Ordinal)
            .Select(m => new MemberView(m.Id, m.EmployeeId, m.Employee!.EmployeeNumber, m.Employee.DisplayName(chinese), m.RoleId, m.Role?.DisplayTitle(chinese), m.From, m.To,
                m.Source, text.Enum(m.Source), m.RoundId)).ToList();
        return new ProjectDetail(Summary(p), roles, members, ProjectsAccess.CanManageProject(viewer, p.SponsorEmployeeId));
    }

    /// <summary>Creates a project (program managers and administrators).</summary>
    public async Task<ProjectDetail> CreateAsync(ClaimsPrincipal user, ProjectInput input, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        if (!viewer.Manages) throw new AccessDeniedException(text.L["Access.ManagersOnly"]);
        var project = new StrategicProject { Status = ProjectStatus.Planned };
        await ApplyAsync(project, input, isNew: true, ct);
        db.StrategicProjects.Add(project);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, project.Id, ct);
    }

    /// <summary>Changes a project's facts (program managers and administrators).</summary>
    public async Task<ProjectDetail> UpdateAsync(ClaimsPrincipal user, int id, ProjectInput input, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        await access.RequireSeeAsync(viewer, id, ct);
        if (!viewer.Manages) throw new AccessDeniedException(text.L["Access.ManagersOnly"]);
        var project = await db.StrategicProjects.Include(p => p.Roles).FirstAsync(p => p.Id == id, ct);
        await ApplyAsync(project, input, isNew: false, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, id, ct);
    }

    private async Task ApplyAsync(StrategicProject project, ProjectInput input, bool isNew, CancellationToken ct)
    {
        var L = text.L;
        var errors = new FieldErrors();
        var code = input.Code?.Trim() ?? "";
        if (code.Length is 0 or > 40) errors.Add("code", L["Project.CodeRequired"]);
        else if (await db.StrategicProjects.AnyAsync(p => p.Code == code && p.Id != project.Id, ct)) errors.Add("code", L["Project.CodeTaken", code]);
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 300) errors.Add("title", L["Project.TitleRequired"]);
        if (input.TitleZh?.Trim() is { Length: > 300 }) errors.Add("titleZh", L["Project.TitleRequired"]);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value)) errors.Add("kind", L["Project.KindRequired"]);
        if (input.Segment is null || !Enum.IsDefined(input.Segment.Value)) errors.Add("segment", L["Project.SegmentRequired"]);
        if (input.Classification is null || !Enum.IsDefined(input.Classification.Value)) errors.Add("classification", L["Project.ClassificationRequired"]);
        if (input.Status is { } st && !Enum.IsDefined(st)) errors.Add("status", L["Project.StatusInvalid"]);
        var unitCode = input.LeadUnitCode?.Trim() ?? "";
        var unit = unitCode.Length == 0 ? null : await db.OrgUnitRefs.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct);
        if (unit is null) errors.Add("leadUnitCode", L["Project.UnknownUnit", unitCode]);
        var number = input.SponsorEmployeeNumber?.Trim() ?? "";
        var sponsor = number.Length == 0 ? null : await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
        if (sponsor is null) errors.Add("sponsorEmployeeNumber", L["Project.UnknownSponsor", number]);
        if (input.StartDate is null) errors.Add("startDate", L["Project.StartRequired"]);
        if (input.EndDate is null) errors.Add("endDate", L["Project.EndRequired"]);
        if (input is { StartDate: { } start, EndDate: { } end })
        {
            if (end < start) errors.Add("endDate", L["Project.EndBeforeStart", UiCulture.Iso(end), UiCulture.Iso(start)]);
            else if (!isNew)
                foreach (var r in project.Roles.Where(r => r.StartDate < start || r.EndDate > end))
                    errors.Add("endDate", L["Project.RoleOutside", r.DisplayTitle(ProjectsText.Chinese), UiCulture.Iso(r.StartDate), UiCulture.Iso(r.EndDate)]);
        }
        errors.ThrowIfAny(L["Project.Invalid"]);
        project.Code = code;
        project.Title = title;
        project.TitleZh = string.IsNullOrWhiteSpace(input.TitleZh) ? null : input.TitleZh.Trim();
        project.Kind = input.Kind!.Value;
        project.Segment = input.Segment!.Value;
        project.Classification = input.Classification!.Value;
        if (input.Status is { } status) project.Status = status;
        project.LeadUnitId = unit!.Id;
        project.SponsorEmployeeId = sponsor!.Id;
        project.StartDate = input.StartDate!.Value;
        project.EndDate = input.EndDate!.Value;
    }

    /// <summary>Adds a role (program managers, administrators, the sponsor).</summary>
    public async Task<ProjectDetail> AddRoleAsync(ClaimsPrincipal user, int projectId, RoleInput input, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var project = await access.RequireManageProjectAsync(viewer, projectId, ct);
        var role = new ProjectRole { ProjectId = projectId };
        await ApplyRoleAsync(project, role, input, ct);
        db.ProjectRoles.Add(role);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, projectId, ct);
    }

    /// <summary>Changes a role: title, seats, period, skills (program managers, administrators, the sponsor).</summary>
    public async Task<ProjectDetail> UpdateRoleAsync(ClaimsPrincipal user, int projectId, int roleId, RoleInput input, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var project = await access.RequireManageProjectAsync(viewer, projectId, ct);
        var role = project.Roles.FirstOrDefault(r => r.Id == roleId) ?? throw new NotFoundException(text.L["Role.NotFound", roleId]);
        await ApplyRoleAsync(project, role, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, projectId, ct);
    }

    private async Task ApplyRoleAsync(StrategicProject project, ProjectRole role, RoleInput input, CancellationToken ct)
    {
        var L = text.L;
        var errors = new FieldErrors();
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) errors.Add("title", L["Role.TitleRequired"]);
        if (input.Seats is not { } seats || seats < 0 || seats > MaxSeats) errors.Add("seats", L["Role.SeatsRange", MaxSeats]);
        var start = input.StartDate ?? project.StartDate;
        var end = input.EndDate ?? project.EndDate;
        if (end < start) errors.Add("endDate", L["Role.EndBeforeStart", UiCulture.Iso(end), UiCulture.Iso(start)]);
        else if (start < project.StartDate || end > project.EndDate)
            errors.Add("startDate", L["Role.OutsideProject", UiCulture.Iso(project.StartDate), UiCulture.Iso(project.EndDate)]);
        var skills = input.Skills ?? [];
        var codes = skills.Select(s => s.SkillCode?.Trim() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => codes.Contains(n.Code)).ToDictionaryAsync(n => n.Code, StringComparer.Ordinal, ct);
        var chosen = new List<(int NodeId, int Level)>();
        for (var i = 0; i < skills.Count; i++)
        {
            var code = skills[i].SkillCode?.Trim() ?? "";
            if (!nodes.TryGetValue(code, out var node)) { errors.Add($"skills[{i}].skillCode", L["Role.UnknownSkill", code]); continue; }
            if (skills[i].MinLevel is not (>= 0 and <= 4)) { errors.Add($"skills[{i}].minLevel", L["Role.LevelRange", code]); continue; }
            if (chosen.Any(c => c.NodeId == node.Id)) { errors.Add($"skills[{i}].skillCode", L["Role.DuplicateSkill", code]); continue; }
            chosen.Add((node.Id, skills[i].MinLevel!.Value));
        }
        errors.ThrowIfAny(L["Role.Invalid"]);
        role.Title = title;
        role.TitleZh = string.IsNullOrWhiteSpace(input.TitleZh) ? null : input.TitleZh.Trim();
        role.Seats = input.Seats!.Value;
        role.StartDate = start;
        role.EndDate = end;
        role.Skills.RemoveAll(s => !chosen.Any(c => c.NodeId == s.TaxonomyNodeId));
        foreach (var (nodeId, level) in chosen)
        {
            if (role.Skills.FirstOrDefault(s => s.TaxonomyNodeId == nodeId) is { } existing) existing.MinLevel = level;
            else role.Skills.Add(new RoleSkill { TaxonomyNodeId = nodeId, MinLevel = level });
        }
    }

    /// <summary>Adds a member by hand (program managers, administrators, the sponsor).</summary>
    public async Task<ProjectDetail> AddMemberAsync(ClaimsPrincipal user, int projectId, MemberInput input, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var project = await access.RequireManageProjectAsync(viewer, projectId, ct);
        var L = text.L;
        var errors = new FieldErrors();
        var number = input.EmployeeNumber?.Trim() ?? "";
        var employee = number.Length == 0 ? null : await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
        if (employee is null) errors.Add("employeeNumber", L["Member.UnknownEmployee", number]);
        ProjectRole? role = null;
        if (input.RoleId is { } rid && (role = project.Roles.FirstOrDefault(r => r.Id == rid)) is null) errors.Add("roleId", L["Member.UnknownRole", rid]);
        var from = input.From ?? role?.StartDate ?? project.StartDate;
        var to = input.To ?? role?.EndDate ?? project.EndDate;
        if (to < from) errors.Add("to", L["Member.EndBeforeStart", UiCulture.Iso(to), UiCulture.Iso(from)]);
        else if (from < project.StartDate || to > project.EndDate) errors.Add("from", L["Member.OutsideProject", UiCulture.Iso(project.StartDate), UiCulture.Iso(project.EndDate)]);
        errors.ThrowIfAny(L["Member.Invalid"]);
        db.ProjectMemberships.Add(new ProjectMembership
        {
            ProjectId = projectId, RoleId = role?.Id, EmployeeId = employee!.Id, From = from, To = to, Source = MembershipSource.Manual,
            CreatedAt = clock.GetUtcNow(), CreatedBy = user.Identity?.Name ?? "",
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, projectId, ct);
    }

    /// <summary>Removes a member (program managers, administrators, the sponsor).</summary>
    public async Task<ProjectDetail> RemoveMemberAsync(ClaimsPrincipal user, int projectId, int memberId, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        await access.RequireManageProjectAsync(viewer, projectId, ct);
        var member = await db.ProjectMemberships.FirstOrDefaultAsync(m => m.Id == memberId && m.ProjectId == projectId, ct)
            ?? throw new NotFoundException(text.L["Member.NotFound", memberId]);
        db.ProjectMemberships.Remove(member);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user, projectId, ct);
    }

    private ProjectSummary Summary(StrategicProject p)
    {
        var chinese = ProjectsText.Chinese;
        return new ProjectSummary(p.Id, p.Code, p.Title, p.TitleZh, p.DisplayTitle(chinese), p.Kind, text.Enum(p.Kind), p.Segment, text.Segment(p.Segment),
            p.LeadUnit?.Code ?? "", p.LeadUnit?.DisplayName(chinese) ?? "", p.SponsorEmployeeId, ProjectsText.Person(p.Sponsor), p.StartDate, p.EndDate,
            p.Classification, text.Enum(p.Classification), p.Status, text.Enum(p.Status), p.Roles.Count, p.Roles.Sum(r => r.Seats), p.Members.Count);
    }
}
