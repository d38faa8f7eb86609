using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

public sealed record LinkedDisclosure(int Id, string Number, string Title, bool Controlled);

public sealed record MilestoneView(int Id, string Name, DateOnly DueOn, DateOnly? DoneOn, int OwnerId, string OwnerName, bool Overdue, bool CanUpdate, long Version);

public sealed record DealRow(int Id, DealKind Kind, string KindName, string CounterpartyName, string CountryCode, bool Foreign, string ContractNumber,
    DealStatus Status, string StatusName, DateOnly? SignedOn, int? ExportCheckId);

public sealed record ProjectRow(int Id, string Number, string Name, DealKind Route, string RouteName, ConversionProjectStatus Status, string StatusName,
    string BusinessOwnerName, string? CounterpartyName, string? CountryCode, bool Foreign, int Deals, int OverdueMilestones);

public sealed record ProjectView(int Id, string Number, string Name, string? NameZh, string DisplayName, string? Description, DealKind Route, string RouteName,
    ConversionProjectStatus Status, string StatusName, int BusinessOwnerId, string BusinessOwnerName, string? CounterpartyName, string? CountryCode, bool Foreign,
    List<LinkedDisclosure> Disclosures, List<MilestoneView> Milestones, List<DealRow> Deals, bool CanEdit, long Version);

/// <summary>
/// Create or replace a project (the office): disclosures by id or by number (ID-2026-0007), the business owner by
/// employee id or employee number.
/// </summary>
public sealed record ProjectInput(string? Name, string? NameZh, string? Description, DealKind? Route, ConversionProjectStatus? Status, int? BusinessOwnerId,
    string? CounterpartyName, string? CountryCode, List<int>? DisclosureIds, long? Version = null, string? BusinessOwnerNumber = null, List<string>? DisclosureNumbers = null);

/// <summary>A milestone: name, due date, owner by employee id or number (default: the project's business owner).</summary>
public sealed record MilestoneInput(string? Name, DateOnly? DueOn, int? OwnerId, string? OwnerNumber = null);

public sealed record MilestoneDoneInput(DateOnly? DoneOn, long? Version = null);

/// <summary>Go-to-market projects (转化项目): list and read what the viewer may see; the office creates and edits; owners tick off milestones.</summary>
public sealed class ConversionProjects(TalentChainDbContext db, ProjectAccess projects, DealsText text, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    private DateOnly Today => clock.Today();

    public async Task<List<ProjectRow>> ListAsync(CommercializationViewer v, CancellationToken ct = default)
    {
        var list = await projects.Visible(v).Include(p => p.BusinessOwner).Include(p => p.Milestones).Include(p => p.Deals)
            .OrderByDescending(p => p.Id).AsSplitQuery().ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        var today = Today;
        return [.. list.Select(p => new ProjectRow(p.Id, p.Number, p.DisplayName(chinese), p.Route, text.Kind(p.Route), p.Status, text.ProjectStatus(p.Status),
            p.BusinessOwner!.DisplayName(chinese), p.CounterpartyName, p.CountryCode, IsForeign(p.CountryCode), p.Deals.Count, p.Milestones.Count(m => m.OverdueOn(today))))];
    }

    public async Task<ProjectView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        await projects.EnsureVisibleAsync(v, id, ct);
        var p = await db.ConversionProjects.AsNoTracking().Include(x => x.BusinessOwner).Include(x => x.Disclosures).Include(x => x.Milestones).ThenInclude(m => m.Owner)
            .Include(x => x.Deals).AsSplitQuery().FirstAsync(x => x.Id == id, ct);
        var chinese = UiCulture.IsChinese;
        var ids = p.Disclosures.Select(d => d.DisclosureId).ToList();
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.Title, d.TitleZh, d.Controlled }).ToListAsync(ct);
        var today = Today;
        return new ProjectView(p.Id, p.Number, p.Name, p.NameZh, p.DisplayName(chinese), p.Description, p.Route, text.Kind(p.Route), p.Status, text.ProjectStatus(p.Status),
            p.BusinessOwnerId, p.BusinessOwner!.DisplayName(chinese), p.CounterpartyName, p.CountryCode, IsForeign(p.CountryCode),
            [.. disclosures.Select(d => new LinkedDisclosure(d.Id, d.Number, UiCulture.Pick(d.Title, d.TitleZh, chinese), d.Controlled))],
            [.. p.Milestones.OrderBy(m => m.DueOn).ThenBy(m => m.Id).Select(m => new MilestoneView(m.Id, m.Name, m.DueOn, m.DoneOn, m.OwnerId, m.Owner!.DisplayName(chinese),
                m.OverdueOn(today), MayUpdateMilestone(v, p, m), m.Version))],
            [.. p.Deals.OrderBy(d => d.Id).Select(d => Row(d))], v.Office, p.Version);
    }

    private async Task<int?> EmployeeIdAsync(string? number, CancellationToken ct) => string.IsNullOrWhiteSpace(number) ? null
        : await db.EmployeeRefs.Where(e => e.EmployeeNumber == number.Trim()).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);

    public DealRow Row(Deal d) => new(d.Id, d.Kind, text.Kind(d.Kind), d.CounterpartyName, d.CountryCode, d.Foreign, d.ContractNumber, d.Status, text.DealStatus(d.Status), d.SignedOn, d.ExportCheckId);

    public async Task<ProjectView> SaveAsync(CommercializationViewer v, int? id, ProjectInput input, CancellationToken ct = default)
    {
        if (!v.Office) throw new AccessDeniedException(t["Gtm.Error.OfficeOnly"]);
        ConversionProject p;
        if (id is { } existing)
        {
            p = await db.ConversionProjects.Include(x => x.Disclosures).FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(t["NotFound.Project", existing]);
            if (input.Version is { } ver && ver != p.Version) throw new DbUpdateConcurrencyException("stale");
        }
        else
        {
            p = new ConversionProject { CreatedAt = clock.GetUtcNow(), CreatedBy = v.Name };
        }
        var errors = new FieldErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) errors.Add(nameof(ProjectInput.Name), t["Gtm.Error.Name"]);
        if (input.Route is not { } route || !Enum.IsDefined(route)) errors.Add(nameof(ProjectInput.Route), t["Gtm.Error.Route"]);
        var ownerId = input.BusinessOwnerId ?? await EmployeeIdAsync(input.BusinessOwnerNumber, ct);
        if (ownerId is not { } owner || !await db.EmployeeRefs.AnyAsync(e => e.Id == owner && e.Status == EmployeeStatus.Active, ct))
            errors.Add(nameof(ProjectInput.BusinessOwnerId), string.IsNullOrWhiteSpace(input.BusinessOwnerNumber) || input.BusinessOwnerId is not null
                ? t["Gtm.Error.Owner"] : t["Gtm.Error.OwnerNumber", input.BusinessOwnerNumber.Trim()]);
        var country = NormalizeCountry(input.CountryCode);
        if (!string.IsNullOrWhiteSpace(input.CountryCode) && country is null) errors.Add(nameof(ProjectInput.CountryCode), t["Gtm.Error.Country", input.CountryCode!]);
        var ids = (input.DisclosureIds ?? []).ToList();
        var numbers = (input.DisclosureNumbers ?? []).Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct().ToList();
        if (numbers.Count > 0)
        {
            var byNumber = await db.Disclosures.Where(d => numbers.Contains(d.Number)).Select(d => new { d.Id, d.Number }).ToListAsync(ct);
            foreach (var missing in numbers.Except(byNumber.Select(d => d.Number))) errors.Add(nameof(ProjectInput.DisclosureNumbers), t["Gtm.Error.UnknownDisclosure", missing]);
            ids.AddRange(byNumber.Select(d => d.Id));
        }
        ids = [.. ids.Distinct()];
        if (ids.Count == 0 && numbers.Count == 0) errors.Add(nameof(ProjectInput.DisclosureIds), t["Gtm.Error.NoDisclosure"]);
        else
        {
            var known = await db.Disclosures.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
            foreach (var missing in ids.Except(known)) errors.Add(nameof(ProjectInput.DisclosureIds), t["Gtm.Error.UnknownDisclosure", missing]);
        }
        if (input.Status is { } s && !Enum.IsDefined(s)) errors.Add(nameof(ProjectInput.Status), t["Gtm.Error.Status"]);
        errors.ThrowIfAny(t["Gtm.Error.Title"]);

        p.Name = name;
        p.NameZh = Blank(input.NameZh);
        p.Description = Blank(input.Description);
        p.Route = input.Route!.Value;
        p.Status = input.Status ?? p.Status;
        p.BusinessOwnerId = ownerId!.Value;
        p.CounterpartyName = Blank(input.CounterpartyName);
        p.CountryCode = country;
        p.Disclosures.RemoveAll(l => !ids.Contains(l.DisclosureId));
        foreach (var d in ids.Where(d => p.Disclosures.All(l => l.DisclosureId != d))) p.Disclosures.Add(new ConversionProjectDisclosure { DisclosureId = d });
        if (id is null)
        {
            var year = Today.Year;
            var prefix = $"CP-{year}-";
            var count = await db.ConversionProjects.CountAsync(x => x.Number.StartsWith(prefix), ct);
            p.Number = prefix + (count + 1).ToString("000", CultureInfo.InvariantCulture);
            db.ConversionProjects.Add(p);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, p.Id, ct);
    }

    public async Task<ProjectView> AddMilestoneAsync(CommercializationViewer v, int projectId, MilestoneInput input, CancellationToken ct = default)
    {
        await projects.EnsureVisibleAsync(v, projectId, ct);
        var p = await db.ConversionProjects.FirstAsync(x => x.Id == projectId, ct);
        if (!v.Office && p.BusinessOwnerId != v.EmployeeId) throw new AccessDeniedException(t["Gtm.Error.OwnerOnly"]);
        var errors = new FieldErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) errors.Add(nameof(MilestoneInput.Name), t["Gtm.Error.MilestoneName"]);
        if (input.DueOn is null) errors.Add(nameof(MilestoneInput.DueOn), t["Gtm.Error.DueOn"]);
        var owner = input.OwnerId ?? await EmployeeIdAsync(input.OwnerNumber, ct) ?? (string.IsNullOrWhiteSpace(input.OwnerNumber) ? p.BusinessOwnerId : -1);
        if (!await db.EmployeeRefs.AnyAsync(e => e.Id == owner && e.Status == EmployeeStatus.Active, ct))
            errors.Add(nameof(MilestoneInput.OwnerId), owner == -1 ? t["Gtm.Error.OwnerNumber", input.OwnerNumber!.Trim()] : t["Gtm.Error.Owner"]);
        errors.ThrowIfAny(t["Gtm.Error.Title"]);
        db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = projectId, Name = name, DueOn = input.DueOn!.Value, OwnerId = owner });
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, projectId, ct);
    }

    /// <summary>Marks a milestone done (or not done, with an empty date): the office, the project's business owner or the milestone's owner.</summary>
    public async Task<ProjectView> SetMilestoneDoneAsync(CommercializationViewer v, int milestoneId, MilestoneDoneInput input, CancellationToken ct = default)
    {
        var m = await db.ProjectMilestones.FirstOrDefaultAsync(x => x.Id == milestoneId, ct) ?? throw new NotFoundException(t["NotFound.Milestone", milestoneId]);
        await projects.EnsureVisibleAsync(v, m.ProjectId, ct);
        var p = await db.ConversionProjects.AsNoTracking().FirstAsync(x => x.Id == m.ProjectId, ct);
        if (!MayUpdateMilestone(v, p, m)) throw new AccessDeniedException(t["Gtm.Error.OwnerOnly"]);
        if (input.Version is { } ver && ver != m.Version) throw new DbUpdateConcurrencyException("stale");
        if (input.DoneOn is { } done && done > Today) throw ValidationFailedException.For(t["Gtm.Error.Title"], nameof(MilestoneDoneInput.DoneOn), t["Gtm.Error.DoneInFuture"]);
        m.DoneOn = input.DoneOn;
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, m.ProjectId, ct);
    }

    private static bool MayUpdateMilestone(CommercializationViewer v, ConversionProject p, ProjectMilestone m) =>
        v.Office || (v.EmployeeId is { } me && (p.BusinessOwnerId == me || m.OwnerId == me));

    public static bool IsForeign(string? country) => country is not null && !string.Equals(country, "CN", StringComparison.OrdinalIgnoreCase);

    /// <summary>An ISO 3166-1 alpha-2 code the runtime knows, upper case; null when it is not one.</summary>
    public static string? NormalizeCountry(string? code)
    {
        var c = code?.Trim().ToUpperInvariant();
        if (c is not { Length: 2 } || !c.All(char.IsAsciiLetterUpper)) return null;
        try
        {
            return new RegionInfo(c).TwoLetterISORegionName == c ? c : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
