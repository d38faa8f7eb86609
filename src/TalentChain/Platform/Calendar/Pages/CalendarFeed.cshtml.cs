using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;

namespace TalentChain.Platform.Calendar.Pages;

/// <summary>/account/calendar: the user's secret calendar-feed URL, and a button that replaces it.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class CalendarFeedModel(CalendarFeeds feeds, UserManager<AppUser> users) : PageModel
{
    public string FeedUrl { get; private set; } = "";
    [TempData] public bool Regenerated { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        FeedUrl = CalendarSetup.Url(HttpContext, await feeds.TokenAsync(users.GetUserId(User)!, ct));

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        await feeds.RegenerateAsync(users.GetUserId(User)!, ct);
        Regenerated = true;
        return RedirectToPage();
    }
}
