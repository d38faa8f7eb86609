using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Modules.Labs.Web;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs.Features.Grants;

/// <summary>/labs/my: my qualifications with their expiry, my requests and grants, and a request for access.</summary>
[Authorize(Policy = LabsPolicies.Use)]
public class MyPageModel(LabsAccess access, QualificationRecords records, GrantHandlers grants, LabUnits units, TalentChainDbContext db, IStringLocalizer<LabsResource> t) : LabsPageModel(access)
{
    public List<QualificationRecordView> Qualifications { get; private set; } = [];
    public List<GrantRow> Grants { get; private set; } = [];
    public List<LabRow> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostRequestAsync(int? unitId, string? reason, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        GrantView? created = null;
        if (await TryAsync(async () => created = await grants.RequestAsync(viewer, new AccessRequestInput(null, unitId, reason, from, to), ct)))
        {
            Message = t["Request.Sent"];
            return Redirect($"/labs/requests/{created!.Id}");
        }
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        Units = [.. (await units.ListAsync(viewer, ct)).Where(u => u.Kind != Domain.LabKind.Centre)];
        if (viewer.EmployeeId is not { } me) return;
        Qualifications = await records.ViewsAsync(db.QualificationRecords.Where(r => r.EmployeeId == me), ct);
        Grants = await grants.ListAsync(viewer, null, null, true, ct);
    }
}
