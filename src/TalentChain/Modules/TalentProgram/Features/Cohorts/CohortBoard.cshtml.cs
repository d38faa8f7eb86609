using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Web;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Cohorts;

/// <summary>/program/cohorts/{id}: who is where and who is stuck; for program managers nomination (with eligibility and why not) and selection.</summary>
public class CohortBoardModel(CohortHandlers cohorts, ProgramAccess access, IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public string? Search { get; set; }
    [FromQuery] public bool EligibleOnly { get; set; }
    public CohortBoard Board { get; private set; } = null!;
    public List<CandidateView>? Candidates { get; private set; }

    [BindProperty] public int? EmployeeId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int ParticipantId { get; set; }
    [BindProperty] public SelectionStep? Step { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNominateAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        BoardRow? row = null;
        if (await TryAsync(async () => await access.RequireManagesAsync(User, ProgramScope.Cohort, Id, ct)) && await TryAsync(async () => row = await cohorts.NominateAsync(Id, new NominationInput(EmployeeId, Reason), User.Identity?.Name ?? "", ct)))
            return Done(t["Nomination.Done", row!.Name], new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        BoardRow? row = null;
        if (await TryAsync(async () => await access.RequireManagesAsync(User, ProgramScope.Participant, ParticipantId, ct)) && await TryAsync(async () => row = await cohorts.DecideAsync(ParticipantId, new SelectionInput(Step, Note, StartDate, Version), User.Identity?.Name ?? "", ct)))
            return Done(t["Selection.Done", row!.Name, row.StatusName], new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Board = await cohorts.BoardAsync(Id, await access.VisibleParticipantsAsync(User, ct), ct);
            if (IsManager && (Search is not null || EligibleOnly)) Candidates = await cohorts.CandidatesAsync(Id, Search, EligibleOnly, 50, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
