using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.Mentoring.Features.ListRounds;
using TalentChain.Modules.Mentoring.Features.OpenRound;
using TalentChain.Modules.Mentoring.Features.RoundParticipants;
using TalentChain.Modules.Mentoring.Features.Volunteers;

namespace TalentChain.Modules.Mentoring.Features.MyMentoring;

/// <summary>
/// /program/mentoring: program managers and executives see the rounds (managers open new ones); mentors volunteer for
/// open rounds; participants name preferred mentors; everyone sees their own relationships.
/// </summary>
public class MentoringPageModel(ListRoundsHandler list, OpenRoundHandler openRound, VolunteersHandler volunteers, RoundParticipantsHandler participants, MyMentoringHandler me, IProgramAccess access, TalentChainDbContext db, IStringLocalizer<MentoringResource> t) : MentoringPageBase
{
    public bool CanSeeRounds => IsManager || User.IsInRole(Roles.Executive);
    public List<RoundSummary> Rounds { get; private set; } = [];
    public MyMentoringView Mine { get; private set; } = new(null, [], [], []);
    public List<(int Id, string Label)> Cohorts { get; private set; } = [];

    [BindProperty] public int? CohortId { get; set; }
    [BindProperty] public MentoringRoundKind Kind { get; set; } = MentoringRoundKind.Initial;
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int RoundId { get; set; }
    [BindProperty] public int Technical { get; set; }
    [BindProperty] public int Career { get; set; }
    [BindProperty] public int Peer { get; set; }
    [BindProperty] public int Total { get; set; }
    [BindProperty] public int ParticipantId { get; set; }
    [BindProperty] public string? Preferred { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        RoundSummary? opened = null;
        if (await TryAsync(async () => opened = await openRound.OpenAsync(User, new OpenRoundInput(CohortId, Name, Kind), User.Identity?.Name ?? "", ct)))
        {
            Message = t["Round.Opened", opened!.Name];
            return Redirect($"/program/mentoring/rounds/{opened.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVolunteerAsync(CancellationToken ct)
    {
        switch (await TryOrRefuseAsync(() => volunteers.VolunteerMyselfAsync(User, RoundId, new VolunteerInput(null, Technical, Career, Peer, Total), User.Identity?.Name ?? "", ct)))
        {
            case null: return Forbid();
            case true: return Done(t["Volunteer.Saved"]);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        switch (await TryOrRefuseAsync(() => volunteers.WithdrawMyselfAsync(User, RoundId, ct)))
        {
            case null: return Forbid();
            case true: return Done(t["Volunteer.Withdrawn"]);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreferencesAsync(CancellationToken ct)
    {
        // The form is the participant's own (the handler also lets the round's program managers set them, as the API does).
        if (!(await access.RelationAsync(User, ParticipantId, ct)).Self) return Forbid();
        var numbers = (Preferred ?? "").Split([',', ' ', ';', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = await db.EmployeeRefs.Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync(ct);
        if (await TryAsync(() =>
            {
                var unknown = numbers.Except(ids.Select(i => i.EmployeeNumber)).FirstOrDefault();
                if (unknown is not null) throw TalentChain.Platform.Web.ValidationFailedException.For(t["Round.Invalid"], nameof(Preferred), t["Round.UnknownNumber", unknown]);
                return participants.SetPreferencesAsync(User, RoundId, ParticipantId, new PreferencesInput([.. ids.Select(i => i.Id)]), ct);
            }))
            return Done(t["Preferences.Saved"]);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Mine = await me.GetAsync(User, ct);
        if (CanSeeRounds) Rounds = await list.ListAsync(null, false, ct);
        if (IsManager)
            Cohorts = [.. (await db.CohortRefs.AsNoTracking().Include(c => c.Program).OrderByDescending(c => c.StartDate).ToListAsync(ct))
                .Select(c => (c.Id, $"{c.Program!.DisplayName(UiCulture.IsChinese)} · {c.Name}"))];
    }

    /// <summary>Employee numbers of preferred mentors, for the participant's form.</summary>
    public async Task<string> PreferredNumbersAsync(List<int> ids) =>
        string.Join(", ", await db.EmployeeRefs.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.EmployeeNumber).ToListAsync());
}
