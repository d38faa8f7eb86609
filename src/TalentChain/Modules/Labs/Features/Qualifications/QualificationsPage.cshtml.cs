using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Web;

namespace TalentChain.Modules.Labs.Features.Qualifications;

/// <summary>/labs/qualifications: the qualification types with validity and granting courses; the safety administration adds types.</summary>
[Authorize(Policy = LabsPolicies.Use)]
public class QualificationsPageModel(LabsAccess access, QualificationTypes types, IStringLocalizer<LabsResource> t) : LabsPageModel(access)
{
    public List<QualificationTypeView> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ViewerAsync(ct);
        Rows = await types.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? name, string? nameZh, string? description, int? validityMonths, string? courseCodes, CancellationToken ct)
    {
        ModelState.Clear();
        if (!(await ViewerAsync(ct)).Admin) return Forbid();
        var courses = (courseCodes ?? "").Split([',', ';', ' ', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (await TryAsync(() => types.SaveAsync(null, new QualificationTypeInput(code, name, nameZh, description, validityMonths, courses), ct))) return Done(t["Qualification.TypeSaved"]);
        Rows = await types.ListAsync(ct);
        return Page();
    }
}
