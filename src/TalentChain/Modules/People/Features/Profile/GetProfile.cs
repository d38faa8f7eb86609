using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.People.Features.Profile;

public sealed record SkillEntry(int TaxonomyNodeId, string Code, string Name, string? NameZh, int Level, string? Evidence, string? AssessedBy, DateOnly AssessedOn)
{
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

public sealed record PersonLink(int Id, string EmployeeNumber, string FamilyName, string GivenName, string? ChineseName, string Position)
{
    public string DisplayName(bool chinese) => PersonName.Display(GivenName, FamilyName, ChineseName, chinese);
}

/// <summary>
/// A person's record. <see cref="Grade"/> and <see cref="BirthDate"/> are null unless
/// <see cref="RestrictedVisible"/> (see <see cref="ProfileAccess"/>); <see cref="Skills"/> leaves out the need-to-know
/// records the viewer may not see (see <see cref="SkillAccess"/>).
/// </summary>
public sealed record EmployeeDetail(
    int Id,
    string EmployeeNumber,
    string FamilyName,
    string GivenName,
    string? ChineseName,
    string? Email,
    int OrgUnitId,
    string OrgUnitCode,
    string OrgUnitName,
    string? OrgUnitNameZh,
    ChainSegment Segment,
    string Position,
    PersonLink? Manager,
    DateOnly HireDate,
    CareerTrack Track,
    ProfessionalTitle Title,
    EducationLevel Education,
    EmployeeStatus Status,
    DateOnly? DepartureDate,
    int? Grade,
    DateOnly? BirthDate,
    long Version,
    bool RestrictedVisible,
    IReadOnlyList<SkillEntry> Skills,
    IReadOnlyList<PersonLink> DirectReports)
{
    public string DisplayName(bool chinese) => PersonName.Display(GivenName, FamilyName, ChineseName, chinese);
    public string UnitDisplayName(bool chinese) => chinese && !string.IsNullOrEmpty(OrgUnitNameZh) ? OrgUnitNameZh : OrgUnitName;
}

public sealed record TimelineEntry(
    long Id,
    DateOnly EffectiveDate,
    EmploymentEventKind Kind,
    string? FromValue,
    string? ToValue,
    DateTimeOffset RecordedAt,
    string? RecordedBy);

/// <summary>Reads a profile (work card, skills, reports) and its timeline; used by the profile page and the API.</summary>
public sealed class GetProfileHandler(TalentChainDbContext db, ProfileAccess access, SkillAccess skillAccess, PeopleReferenceData reference, IStringLocalizer<PeopleResource> P)
{
    public const int MaxDirectReports = 100;

    public async Task<EmployeeDetail> GetAsync(int id, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var e = await db.Employees.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.EmployeeNumber, x.FamilyName, x.GivenName, x.ChineseName, x.Email, x.OrgUnitId, x.Position, x.HireDate,
                x.Track, x.Title, x.Education, x.Status, x.DepartureDate, x.Grade, x.BirthDate, x.Version,
                Manager = x.Manager == null ? null : new PersonLink(x.Manager.Id, x.Manager.EmployeeNumber, x.Manager.FamilyName, x.Manager.GivenName, x.Manager.ChineseName, x.Manager.Position),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(P["Profile.NotFound", id]);

        var restricted = await access.MaySeeRestrictedAsync(viewer, id, ct);
        var shown = await skillAccess.ForPersonAsync(viewer, id, ct);
        var skills = (await db.SkillRecords.AsNoTracking().Where(s => s.EmployeeId == id)
            .OrderByDescending(s => s.Level).ThenBy(s => s.TaxonomyNode!.Code)
            .Select(s => new SkillEntry(s.TaxonomyNodeId, s.TaxonomyNode!.Code, s.TaxonomyNode.Name, s.TaxonomyNode.NameZh, s.Level, s.Evidence, s.AssessedBy, s.AssessedOn))
            .ToListAsync(ct))
            .Where(s => shown.Shows(s.TaxonomyNodeId)).ToList();
        var reports = await db.Employees.AsNoTracking().Where(x => x.ManagerId == id && x.Status == EmployeeStatus.Active)
            .OrderBy(x => x.FamilyName).ThenBy(x => x.GivenName).ThenBy(x => x.Id).Take(MaxDirectReports)
            .Select(x => new PersonLink(x.Id, x.EmployeeNumber, x.FamilyName, x.GivenName, x.ChineseName, x.Position))
            .ToListAsync(ct);
        var unit = (await reference.UnitsAsync(db, ct)).Find(e.OrgUnitId);
        if (unit is null)
        {
            reference.Invalidate();
            unit = (await reference.UnitsAsync(db, ct)).Find(e.OrgUnitId);
        }

        return new EmployeeDetail(
            e.Id, e.EmployeeNumber, e.FamilyName, e.GivenName, e.ChineseName, e.Email,
            e.OrgUnitId, unit?.Code ?? "", unit?.Name ?? "", unit?.NameZh, unit?.Segment ?? default,
            e.Position, e.Manager, e.HireDate, e.Track, e.Title, e.Education, e.Status, e.DepartureDate,
            restricted ? e.Grade : null, restricted ? e.BirthDate : null, e.Version, restricted, skills, reports);
    }

    /// <summary>The employment timeline, newest first. The caller checks <see cref="ProfileAccess"/> first.</summary>
    public async Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id, ct)) throw new NotFoundException(P["Profile.NotFound", id]);
        var events = await db.EmploymentEvents.AsNoTracking().Where(x => x.EmployeeId == id)
            .Select(x => new TimelineEntry(x.Id, x.EffectiveDate, x.Kind, x.FromValue, x.ToValue, x.RecordedAt, x.RecordedBy))
            .ToListAsync(ct);
        // Sorted here: SQLite cannot order by a date-time-offset column, and a timeline is short.
        return events.OrderByDescending(x => x.EffectiveDate).ThenByDescending(x => x.RecordedAt).ThenByDescending(x => x.Id).ToList();
    }
}
