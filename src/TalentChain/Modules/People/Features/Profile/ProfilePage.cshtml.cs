using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Profile;

/// <summary>
/// /people/{id}: the work card and skills for everyone (need-to-know skill records per <see cref="SkillRecords.SkillAccess"/>);
/// timeline, grade and birth date per <see cref="ProfileAccess"/>.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class ProfilePageModel(GetProfileHandler profiles, PeopleReferenceData reference, TalentChainDbContext db, PeopleLabels labels, IAuthorizationService authorization,
    IEnumerable<IProfileSection> sectionProviders) : PageModel
{
    public EmployeeDetail Person { get; private set; } = null!;
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public bool CanEdit { get; private set; }
    /// <summary>Sections other modules add (titles, degrees …), each deciding what this viewer may see.</summary>
    public List<ProfileSection> Sections { get; } = [];
    private ReferenceTree<UnitInfo>? _units;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            Person = await profiles.GetAsync(id, User, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        if (Person.RestrictedVisible) Timeline = await profiles.TimelineAsync(id, ct);
        _units = await reference.UnitsAsync(db, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.PeopleManage)).Succeeded;
        foreach (var provider in sectionProviders)
            if (await provider.ForAsync(id, User, ct) is { } section) Sections.Add(section);
        Sections.Sort((a, b) => a.Order.CompareTo(b.Order));
        return Page();
    }

    /// <summary>An event's stored value in words: unit codes become unit names, enum names their labels.</summary>
    public string Describe(EmploymentEventKind kind, string? value)
    {
        if (string.IsNullOrEmpty(value)) return "—";
        var chinese = UiCulture.IsChinese;
        switch (kind)
        {
            case EmploymentEventKind.Transferred:
                return UnitName(value, chinese);
            case EmploymentEventKind.Hired:
                var parts = value.Split(" · ", 2);
                return parts.Length == 2 ? $"{UnitName(parts[0], chinese)} · {parts[1]}" : value;
            case EmploymentEventKind.TitleChanged when Enum.TryParse<ProfessionalTitle>(value, out var title):
                return labels.Title(title);
            case EmploymentEventKind.TrackChanged when Enum.TryParse<CareerTrack>(value, out var track):
                return labels.Track(track);
            default:
                return BilingualValue.Pick(value, chinese);
        }
    }

    private string UnitName(string code, bool chinese) =>
        _units?.ById.Values.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal))?.DisplayName(chinese) ?? code;
}
