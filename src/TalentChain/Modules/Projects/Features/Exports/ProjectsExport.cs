using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Features.Catalog;
using TalentChain.Modules.Projects.Features.Rounds;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Exports;

/// <summary>The projects lists as CSV or XLSX: only the rows the caller may see (classified projects stay hidden), headers in the UI language.</summary>
public sealed class ProjectsExport(ProjectsHandler projects, ProjectsAccess access, RoundsHandler rounds, ProjectsText text, TimeProvider clock)
{

    public async Task<IResult> ProjectsAsync(ClaimsPrincipal user, string? format, ProjectFilter filter, CancellationToken ct)
    {
        var L = text.L;
        var rows = await projects.ListAsync(user, filter, ct);
        return Write(format, "projects", L["Projects.Title"],
            [L["Col.Code"], L["Col.Title"], L["Col.TitleZh"], L["Col.Kind"], L["Col.Segment"], L["Col.LeadUnit"], L["Col.Sponsor"], L["Col.Start"], L["Col.End"],
                L["Col.Classification"], L["Col.Status"], L["Col.Roles"], L["Col.Seats"], L["Col.Members"]],
            rows.Select(p => (IReadOnlyList<object?>)[p.Code, p.Title, p.TitleZh, p.KindName, p.SegmentName, $"{p.LeadUnitCode} {p.LeadUnit}", p.Sponsor, p.StartDate, p.EndDate,
                p.ClassificationName, p.StatusName, p.Roles, p.Seats, p.Members]));
    }

    public async Task<IResult> MembersAsync(ClaimsPrincipal user, string? format, CancellationToken ct)
    {
        var L = text.L;
        var viewer = await access.ViewerAsync(user, ct);
        var ids = await access.Visible(viewer).OrderBy(p => p.Code).Select(p => p.Id).ToListAsync(ct);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var id in ids)
        {
            var d = await projects.GetAsync(user, id, ct);
            rows.AddRange(d.Members.Select(m => (IReadOnlyList<object?>)[d.Project.Code, d.Project.DisplayTitle, m.EmployeeNumber, m.Name, m.Role, m.From, m.To, m.SourceName]));
        }
        return Write(format, "members", L["Members.Title"],
            [L["Col.Code"], L["Col.Title"], L["Col.EmployeeNumber"], L["Col.Name"], L["Col.Role"], L["Col.From"], L["Col.To"], L["Col.Source"]], rows);
    }

    public async Task<IResult> ProposalAsync(ClaimsPrincipal user, int roundId, string? format, CancellationToken ct)
    {
        var L = text.L;
        var d = await rounds.GetAsync(user, roundId, ct);
        if (d.Proposal is not { } proposal) throw new NotFoundException(L["Round.NoProposal"]);
        var rows = proposal.Assignments.Select(a => (IReadOnlyList<object?>)[a.EmployeeNumber, a.Participant, a.Project, a.Role, a.Period,
                a.Value.PlanGap, a.Value.NewSegment, a.Value.NewUnit, a.Value.Total, a.Pinned ? L["Rule.Pinned"].Value : "", ""])
            .Concat(proposal.Unplaced.Select(u => (IReadOnlyList<object?>)[u.EmployeeNumber, u.Participant, "", "", "", null, null, null, null, "", u.Reason]));
        return Write(format, $"round-{roundId}", L["Proposal.Title"],
            [L["Col.EmployeeNumber"], L["Col.Name"], L["Col.Project"], L["Col.Role"], L["Col.Period"], L["Value.PlanGap"], L["Value.NewSegment"], L["Value.NewUnit"],
                L["Value.Total"], L["Col.Pinned"], L["Col.Unplaced"]], rows);
    }

    private IResult Write(string? format, string name, string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(text.L["Export.Invalid"], "format", text.L["Export.Format", format ?? ""]);
        var file = $"projects-{name}-{clock.Today():yyyy-MM-dd}";
        var list = rows.ToList();
        return SpreadsheetDownload.File(kind, file, sheet, header, list);
    }
}
