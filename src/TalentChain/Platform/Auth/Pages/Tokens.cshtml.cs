using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth.Pages;

[Authorize(Policy = Policies.SignedIn)]
public class TokensModel(TokenHandlers tokens, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int? ExpiresInDays { get; set; } = 90;
    public List<TokenSummary> Tokens { get; private set; } = [];
    public CreatedToken? Created { get; private set; }

    private string UserId => users.GetUserId(User)!;

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(UserId);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        try
        {
            Created = await tokens.CreateAsync(UserId, new CreateTokenRequest(Name, ExpiresInDays));
            Name = "";
        }
        catch (ValidationFailedException ex)
        {
            ModelState.AddErrors(ex);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        Tokens = await tokens.ListAsync(UserId);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        await tokens.RevokeAsync(UserId, id);
        return RedirectToPage();
    }
}
