using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Audit.Pages;

[Authorize(Policy = Policies.AuditRead)]
public class AuditLogModel(SearchAuditLogHandler search, VerifyAuditLogHandler verify, AuditCheckpointWriter checkpoints, AuditAnchorKeys keys) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0, 1, 50, []);
    public AuditVerification? Verification { get; private set; }

    /// <summary>No anchor key: the page warns that the chain is only checked against itself.</summary>
    public bool Unanchored => !keys.CanSign;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Result = await search.HandleAsync(new AuditQuery(Entity, Key, UserName, Action, From, To, PageNumber), ct);
        return Request.IsHtmx() ? Partial("/Platform/Audit/Pages/_AuditResults.cshtml", this) : Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await verify.HandleAsync(ct);
        return Partial("/Platform/Audit/Pages/_AuditVerification.cshtml", Verification);
    }

    public async Task<IActionResult> OnPostCheckpointAsync(CancellationToken ct) =>
        Partial("/Platform/Audit/Pages/_AuditCheckpoint.cshtml", await checkpoints.WriteAsync(ct));

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["Entity"] = Entity, ["Key"] = Key, ["UserName"] = UserName, ["Action"] = Action?.ToString(),
            ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
