using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;

namespace TalentChain.Platform.Notifications.Pages;

[Authorize(Policy = Policies.SignedIn)]
public class NotificationsModel(NotificationHandlers notifications, UserManager<AppUser> users) : PageModel
{
    public NotificationList List { get; private set; } = new(0, []);
    [BindProperty(SupportsGet = true)] public bool UnreadOnly { get; set; }

    private string UserId => users.GetUserId(User)!;

    public async Task OnGetAsync() => List = await notifications.ListAsync(UserId, UnreadOnly);

    /// <summary>Opens a notification: marks it read and follows its link (only ever a local one).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id)
    {
        var link = await notifications.MarkReadAsync(UserId, id);
        return LocalRedirect(link is not null && Url.IsLocalUrl(link) ? link : "/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await notifications.MarkAllReadAsync(UserId);
        return RedirectToPage();
    }
}
