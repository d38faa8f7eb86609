using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Web;

namespace TalentChain.Modules.TalentProgram.Features.Programs;

/// <summary>/program: the programs and their cohorts; for everyone, the participants they may see (own record, mentees, reports).</summary>
public class ProgramsModel(ProgramHandlers programs, ProgramAccess access, IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    public List<ProgramView> Programs { get; private set; } = [];
    public sealed record MyRow(int ParticipantId, string Name, string Cohort, string Relation, string Status);
    public List<MyRow> Mine { get; private set; } = [];

    [BindProperty] public ProgramInput Input { get; set; } = new(null, null, null, null, null, null, null, null, null, 6, 14);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        ModelState.Clear();
        ProgramView? created = null;
        if (await TryAsync(async () => created = await programs.CreateAsync(Input, ct)))
        {
            Message = t["Program.Created", created!.Name];
            return LocalRedirect($"/program/{created.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Programs = await programs.ListAsync(ct);
        var me = await access.ViewerEmployeeIdAsync(User, ct);
        var visible = await access.VisibleParticipantsAsync(User, ct);
        if (IsManager) return;
        var rows = await visible.Where(p => p.Status == ParticipantStatus.Selected || p.Status == ParticipantStatus.Completed)
            .Select(p => new { p.Id, p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName, p.Employee.ManagerId, Cohort = p.Cohort!.Name, p.Status })
            .ToListAsync(ct);
        Mine = [.. rows.Select(r => new MyRow(r.Id, ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName), r.Cohort,
                r.EmployeeId == me ? t["Relation.Self"] : r.ManagerId == me ? t["Relation.Report"] : t["Relation.Mentee"], t.Enum(r.Status)))
            .OrderBy(r => r.Relation, StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }
}
