using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.EditEmployee;

/// <summary>
/// The employee form shared by /people/new and /people/{id}/edit. The manager is entered by employee number;
/// errors come back on the form with HTTP 422, a stale version with the "changed by someone else" message.
/// </summary>
[Authorize(Policy = Policies.PeopleManage)]
public abstract class EmployeeFormModel(SaveEmployeeHandler save, PeopleReferenceData reference, TalentChainDbContext db, IStringLocalizer<PeopleResource> P) : PageModel
{
    [BindProperty] public EmployeeInput Input { get; set; } = new();
    /// <summary>The manager's employee number (the form's way to name <see cref="EmployeeInput.ManagerId"/>).</summary>
    [BindProperty] public string? ManagerNumber { get; set; }

    public int? EmployeeId { get; protected set; }
    public string? CurrentName { get; protected set; }
    public bool Stale { get; private set; }
    public ReferenceTree<UnitInfo> Units { get; private set; } = null!;

    protected TalentChainDbContext Db => db;

    protected async Task LoadListsAsync(CancellationToken ct) => Units = await reference.UnitsAsync(db, ct);

    protected async Task<IActionResult> SaveAsync(int? id, CancellationToken ct)
    {
        await LoadListsAsync(ct);
        EmployeeId = id;
        Input.ManagerId = null;
        if (!string.IsNullOrWhiteSpace(ManagerNumber))
        {
            var number = ManagerNumber.Trim();
            Input.ManagerId = await db.Employees.AsNoTracking().Where(e => e.EmployeeNumber == number).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (Input.ManagerId is null) ModelState.AddModelError(nameof(ManagerNumber), P["Edit.ManagerUnknown", number]);
        }
        if (!ModelState.IsValid) return Invalid();

        try
        {
            var saved = id is { } existing ? await save.UpdateAsync(existing, Input, ct) : await save.CreateAsync(Input, ct);
            return Redirect($"/people/{saved.Id}");
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
                foreach (var m in messages)
                    ModelState.AddModelError(field == nameof(EmployeeInput.ManagerId) ? nameof(ManagerNumber) : $"{nameof(Input)}.{field}", m);
            return Invalid();
        }
        catch (DbUpdateConcurrencyException)
        {
            Stale = true;
            return Invalid();
        }
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

[Authorize(Policy = Policies.PeopleManage)]
public class NewEmployeeModel(SaveEmployeeHandler save, PeopleReferenceData reference, TalentChainDbContext db, IStringLocalizer<PeopleResource> P, TimeProvider clock)
    : EmployeeFormModel(save, reference, db, P)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        Input = new EmployeeInput
        {
            HireDate = clock.Today(),
            Track = Contracts.CareerTrack.Technical,
            Title = Contracts.ProfessionalTitle.None,
            Status = Contracts.EmployeeStatus.Active,
            Grade = 5,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(null, ct);
}

[Authorize(Policy = Policies.PeopleManage)]
public class EditEmployeeModel(SaveEmployeeHandler save, PeopleReferenceData reference, TalentChainDbContext db, IStringLocalizer<PeopleResource> P)
    : EmployeeFormModel(save, reference, db, P)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var e = await Db.Employees.AsNoTracking().Include(x => x.Manager).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        await LoadListsAsync(ct);
        EmployeeId = id;
        CurrentName = e.DisplayName(UiCulture.IsChinese);
        Input = EmployeeInput.From(e);
        ManagerNumber = e.Manager?.EmployeeNumber;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        CurrentName = await Db.Employees.AsNoTracking().Where(x => x.Id == id).Select(x => x.ChineseName != null && UiCulture.IsChinese ? x.ChineseName : x.GivenName + " " + x.FamilyName).FirstOrDefaultAsync(ct);
        if (CurrentName is null) return NotFound();
        return await SaveAsync(id, ct);
    }
}
