using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.People.Features.SkillRecords;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Directory;

/// <summary>/people: the searchable directory. htmx requests get the results partial, others the whole page.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class DirectoryPageModel(SearchEmployeesHandler search, PeopleReferenceData reference, TalentChainDbContext db, SkillAccess skills, IAuthorizationService authorization) : PageModel
{
    public DirectoryQuery Query { get; private set; } = new DirectoryQuery().Normalize();
    public DirectoryPage Result { get; private set; } = new([], 0, 1, DirectoryQuery.PageSizes[0]);
    public ReferenceTree<UnitInfo> Units { get; private set; } = null!;
    public ReferenceTree<SkillNodeInfo> Taxonomy { get; private set; } = null!;
    public bool SeesGrades { get; private set; }
    public bool CanManage { get; private set; }
    /// <summary>Which skills this viewer may filter by (need-to-know ones are marked and disabled in the picker).</summary>
    public SkillLevelScope SkillScope { get; private set; } = new(false, new HashSet<int>());
    /// <summary>Why the search was refused (a need-to-know skill filter), shown instead of results with HTTP 403.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] DirectoryQuery query, CancellationToken ct)
    {
        SeesGrades = SearchEmployeesHandler.SeesGrades(User);
        Query = query.Normalize();
        if (Query.Sort == DirectorySort.Grade && !SeesGrades) Query = Query with { Sort = DirectorySort.Name };
        try
        {
            Result = await search.SearchAsync(Query, User, ct);
            Query = Query with { Page = Result.Page };
        }
        catch (AccessDeniedException ex)
        {
            Refusal = ex.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        SkillScope = await skills.ScopeAsync(User, ct);
        Units = await reference.UnitsAsync(db, ct);
        Taxonomy = await reference.TaxonomyAsync(db, ct);
        CanManage = (await authorization.AuthorizeAsync(User, Policies.PeopleManage)).Succeeded;
        // The same URL answers with the results fragment or the whole page: caches must keep them apart.
        Response.Headers.Vary = "HX-Request";
        // htmx restoring history after a cache miss needs the whole page, not the fragment.
        var fragment = Request.IsHtmx() && !Request.Headers.ContainsKey("HX-History-Restore-Request");
        return fragment ? Partial("_DirectoryResults", this) : Page();
    }

    public string PageUrl(DirectoryQuery q) => "/people" + q.ToQueryString();

    public string ExportUrl(string format) =>
        "/people/export" + QueryString.Create([new("format", format), .. Query.ToParameters(includePaging: false).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))]).ToUriComponent();
}
