using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Taxonomy;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.SkillRecords;

/// <summary>
/// /people/{id}/skills: a person's assessed skills (need-to-know records only for those who may see them, see
/// <see cref="SkillAccess"/>); add, change and remove for People.Manage.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class PersonSkillsModel(SkillRecordHandlers skills, TaxonomyHandlers taxonomy, IAuthorizationService authorization, IStringLocalizer<TaxonomyResource> t) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public PersonSkills Person { get; private set; } = new(0, "", "", []);
    public List<(string Code, string Technology, string Name)> Choices { get; private set; } = [];
    public List<ProficiencyLevelView> Levels { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool Editing { get; private set; }
    public string? Message { get; private set; }

    [BindProperty] public string? TaxonomyCode { get; set; }
    [BindProperty] public int? Level { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? AssessedBy { get; set; }
    [BindProperty] public DateOnly? AssessedOn { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The form filled with one record, to change it.</summary>
    public async Task<IActionResult> OnGetFormAsync(string? code, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanEdit) return Forbid();
        if (Person.Skills.FirstOrDefault(s => s.TaxonomyCode == code) is { } r)
        {
            (TaxonomyCode, Level, Evidence, AssessedBy, AssessedOn, Version) = (r.TaxonomyCode, r.Level, r.Evidence, r.AssessedBy, r.AssessedOn, r.Version);
            Editing = true;
        }
        return Body();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        ModelState.Clear();
        var editing = Version is not null;
        (SkillRecordView Record, bool Created) result = default;
        if (await this.TryHandlerAsync(async () => result = await skills.UpsertAsync(Id, new SkillRecordInput(TaxonomyCode, Level, Evidence, AssessedBy, AssessedOn, Version), User, ct)))
        {
            if (!Request.IsHtmx()) return RedirectToPage(new { id = Id });
            Message = t[result.Created ? "Skill.Added" : "Skill.Updated", result.Record!.SkillName, result.Record.LevelName];
            (TaxonomyCode, Level, Evidence, AssessedBy, AssessedOn, Version) = (null, null, null, null, null, null);
        }
        else
        {
            // A stale save keeps the form open so the user can reload and redo the change.
            Editing = editing || Response.StatusCode == StatusCodes.Status409Conflict;
        }
        return await LoadAsync(ct) ? Body() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string code, long? version, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => skills.DeleteAsync(Id, code, version, User, ct)))
        {
            if (!Request.IsHtmx()) return RedirectToPage(new { id = Id });
            Message = t["Skill.Removed", code];
        }
        return await LoadAsync(ct) ? Body() : NotFound();
    }

    private IActionResult Body() => Request.IsHtmx() ? Partial("_PersonSkillsBody", this) : Page();

    private async Task<bool> MayEditAsync() => CanEdit = (await authorization.AuthorizeAsync(User, Policies.PeopleManage)).Succeeded;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await MayEditAsync();
        try
        {
            Person = await skills.ListAsync(Id, User, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Levels = taxonomy.Levels();
        if (CanEdit) Choices = await skills.SkillChoicesAsync(Id, User, ct);
        return true;
    }

    public static bool IsLevel(int? value, int level) => value == level;

    public static readonly int[] AllLevels = [.. Enumerable.Range(Proficiency.Min, Proficiency.Max - Proficiency.Min + 1)];
}
