using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Web;

namespace TalentChain.Modules.TalentProgram.Features.Calendar;

/// <summary>/program/calendar: the user's secret calendar-feed URL, and a button that replaces it.</summary>
public class CalendarPageModel(CalendarFeeds feeds, IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    public string FeedUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) =>
        FeedUrl = CalendarEndpoints.Url(HttpContext, await feeds.TokenAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct));

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        await feeds.RegenerateAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        return Done(t["Calendar.Regenerated"]);
    }
}
