using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth.Pages;

[Authorize(Policy = Policies.Administer)]
public class UsersModel(UserAdminHandlers handlers, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string? EmployeeNumber { get; set; }
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    public List<UserSummary> Accounts { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await handlers.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            var created = await handlers.CreateAsync(new CreateUserRequest(Email, DisplayName, Password, [.. SelectedRoles], EmployeeNumber), ct);
            Message = created.Email;
            Email = DisplayName = Password = "";
            EmployeeNumber = null;
            SelectedRoles = [];
        }
        catch (ValidationFailedException ex)
        {
            ModelState.AddErrors(ex);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        Accounts = await handlers.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles, CancellationToken ct)
    {
        try
        {
            await handlers.SetRolesAsync(id, new SetRolesRequest([.. roles]), users.GetUserId(User)!, ct);
            // A role change ends the account's sessions; an administrator editing their own roles keeps this one.
            if (id == users.GetUserId(User) && await users.FindByIdAsync(id) is { } self) await signIn.RefreshSignInAsync(self);
        }
        catch (ValidationFailedException ex)
        {
            ModelState.AddErrors(ex);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Accounts = await handlers.ListAsync(ct);
            return Page();
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        await handlers.UnlockAsync(id, ct);
        return RedirectToPage();
    }
}
