using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

using TalentChain.Modules.Mentoring.Features.RoundParticipants;
using TalentChain.Modules.Mentoring.Features.Volunteers;
using TalentChain.Modules.Mentoring.Features.PairRules;
using TalentChain.Modules.Mentoring.Features.SolveRound;
using TalentChain.Modules.Mentoring.Features.Interchange;
using TalentChain.Modules.Mentoring.Features.PublishRound;

namespace TalentChain.Modules.Mentoring.Features.RoundDetail;

/// <summary>
/// /program/mentoring/rounds/{id}: a round for its program managers (executives read): participants, volunteers,
/// solve with live progress and Cancel, the proposal with score breakdowns, pin/forbid, import/export, publish, waitlist.
/// </summary>
public class RoundPageModel(RoundDetailHandler detail, InterchangeHandler interchange, SolveRoundHandler solve, PublishRoundHandler publish, PairRulesHandler pairs, RoundParticipantsHandler participants, VolunteersHandler volunteers, TalentChainDbContext db, IStringLocalizer<MentoringResource> t) : MentoringPageBase
{
    [FromRoute] public int Id { get; set; }
    public RoundDetail Detail { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public JobView? Job { get; private set; }
    public List<(int Id, string Label)> AddableParticipants { get; private set; } = [];

    [BindProperty] public int ParticipantId { get; set; }
    [BindProperty] public int MentorEmployeeId { get; set; }
    [BindProperty] public MentorRole? Role { get; set; }
    [BindProperty] public int RuleId { get; set; }
    [BindProperty] public string? EmployeeNumber { get; set; }
    [BindProperty] public int Technical { get; set; }
    [BindProperty] public int Career { get; set; }
    [BindProperty] public int Peer { get; set; }
    [BindProperty] public int Total { get; set; } = 1;
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public List<MentorRole> Roles { get; set; } = [];
    [BindProperty] public string? FocusSkillCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetInstanceAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return File(System.Text.Encoding.UTF8.GetBytes(await interchange.ExportInstanceAsync(User, Id, ct)), "application/json", "round.json");
    }

    public async Task<IActionResult> OnGetResultAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return await interchange.ExportResultAsync(User, Id, ct) is { } json ? File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "result.json") : NotFound();
    }

    public Task<IActionResult> OnPostSolveAsync(CancellationToken ct) => ManageAsync(() => solve.StartSolveAsync(User, Id, ct), t["Solve.Started"], ct);
    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => ManageAsync(() => publish.PublishAsync(User, Id, Version, User.Identity?.Name ?? "", ct), t["Publish.Done"], ct);
    public Task<IActionResult> OnPostPinAsync(CancellationToken ct) =>
        ManageAsync(() => pairs.SetPairRuleAsync(User, Id, new PairRuleInput(ParticipantId, MentorEmployeeId, Role, PairRuleKind.Pin), User.Identity?.Name ?? "", ct), t["Pair.Saved"], ct);
    public Task<IActionResult> OnPostForbidAsync(CancellationToken ct) =>
        ManageAsync(() => pairs.SetPairRuleAsync(User, Id, new PairRuleInput(ParticipantId, MentorEmployeeId, Role, PairRuleKind.Forbid), User.Identity?.Name ?? "", ct), t["Pair.Saved"], ct);
    public Task<IActionResult> OnPostRemoveRuleAsync(CancellationToken ct) => ManageAsync(() => pairs.RemovePairRuleAsync(User, Id, RuleId, ct), t["Pair.Removed"], ct);
    public Task<IActionResult> OnPostAddParticipantAsync(CancellationToken ct) => ManageAsync(() => participants.AddParticipantAsync(User, Id, new AddParticipantInput(ParticipantId), ct), t["Round.ParticipantAdded"], ct);
    public Task<IActionResult> OnPostUpdateParticipantAsync(CancellationToken ct) =>
        ManageAsync(() => participants.UpdateParticipantAsync(User, Id, ParticipantId, new RoundParticipantInput(Roles, FocusSkillCode?.Trim() ?? "", null), ct), t["Round.ParticipantUpdated"], ct);
    public Task<IActionResult> OnPostRemoveParticipantAsync(CancellationToken ct) => ManageAsync(() => participants.RemoveParticipantAsync(User, Id, ParticipantId, ct), t["Round.ParticipantRemoved"], ct);
    public Task<IActionResult> OnPostRemoveVolunteerAsync(CancellationToken ct) => ManageAsync(() => volunteers.WithdrawVolunteerAsync(User, Id, MentorEmployeeId, ct), t["Volunteer.Withdrawn"], ct);
    public Task<IActionResult> OnPostClearImportAsync(CancellationToken ct) => ManageAsync(() => interchange.ClearImportedInstanceAsync(User, Id, ct), t["Import.Cleared"], ct);

    public Task<IActionResult> OnPostAddVolunteerAsync(CancellationToken ct) => ManageAsync(async () =>
    {
        var number = EmployeeNumber?.Trim();
        var employee = await db.EmployeeRefs.Where(e => e.EmployeeNumber == number).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct)
            ?? throw ValidationFailedException.For(t["Volunteer.Invalid"], nameof(EmployeeNumber), t["Round.UnknownNumber", number ?? ""]);
        return await volunteers.AddVolunteerAsync(User, Id, new VolunteerInput(employee, Technical, Career, Peer, Total), User.Identity?.Name ?? "", ct);
    }, t["Volunteer.Saved"], ct);

    public Task<IActionResult> OnPostImportInstanceAsync(CancellationToken ct) => ManageAsync(async () =>
    {
        await using var file = Uploaded();
        await interchange.ImportInstanceAsync(User, Id, file, ct);
    }, t["Import.InstanceDone"], ct);

    public Task<IActionResult> OnPostImportResultAsync(CancellationToken ct) => ManageAsync(async () =>
    {
        await using var file = Uploaded();
        await interchange.ImportResultAsync(User, Id, file, ct);
    }, t["Import.ResultDone"], ct);

    private Stream Uploaded() => Upload?.OpenReadStream() ?? throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Import.Empty"]);

    private async Task<IActionResult> ManageAsync<T>(Func<Task<T>> call, string done, CancellationToken ct) => await ManageAsync(async () => { await call(); }, done, ct);

    private async Task<IActionResult> ManageAsync(Func<Task> call, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!CanManage) return Forbid();
        if (await TryAsync(call)) return Done(done, new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Detail = await detail.GetAsync(User, Id, ct);
            CanManage = Detail.CanManage;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        Job = await solve.LatestJobAsync(User, Id, ct);
        if (CanManage && Detail.Round.Status == MentoringRoundStatus.Open)
        {
            var inRound = Detail.Participants.Select(p => p.ParticipantId).ToList();
            AddableParticipants = [.. (await db.ParticipantRefs.AsNoTracking().Include(p => p.Employee)
                    .Where(p => p.CohortId == Detail.Round.CohortId && p.Status == ParticipantStatus.Selected && !inRound.Contains(p.Id)).ToListAsync(ct))
                .Select(p => (p.Id, MentoringText.Person(p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName)))];
        }
        return null;
    }
}
