using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Ladders;
using TalentChain.Modules.Careers.Features.Titles;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Overview;

/// <summary>/careers: the public notice board, the appointments and title applications the user may see, nominating and applying.</summary>
[Authorize(Policy = CareersPolicies.Use)]
public sealed class CareersIndexModel(CareersOverview overview, AppointmentsHandler appointments, TitleApplications titles, TitleCalls calls, LaddersHandler ladders,
    CareersAccess access) : ModulePageModel
{
    public List<NoticeView> Notices { get; private set; } = [];
    public List<AppointmentRow> Appointments { get; private set; } = [];
    public List<TitleApplicationRow> Applications { get; private set; } = [];
    public List<TitleCallView> Calls { get; private set; } = [];
    public List<LadderView> Ladders { get; private set; } = [];
    public List<CommitteeView> Committees { get; private set; } = [];
    public bool Manages { get; private set; }
    public bool MayNominate { get; private set; }

    [BindProperty] public string? EmployeeNumber { get; set; }
    [BindProperty] public int? LevelId { get; set; }
    [BindProperty] public string? OrgUnitCode { get; set; }
    [BindProperty] public string? Position { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<EvidenceType> Evidence { get; set; } = [];
    [BindProperty] public int? CommitteeId { get; set; }
    [BindProperty] public int? NoticeWorkingDays { get; set; } = AppointmentsHandler.DefaultNoticeDays;
    [BindProperty] public int? CallId { get; set; }
    [BindProperty] public int? TitleLevelId { get; set; }
    [BindProperty] public string? ApplicantNumber { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNominateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        AppointmentView? created = null;
        if (await TryAsync(async () => created = await appointments.NominateAsync(User, new NominateInput(EmployeeNumber, LevelId, OrgUnitCode, Position, Reason, Evidence, CommitteeId, NoticeWorkingDays), ct)))
            return Redirect($"/careers/appointments/{created!.Id}");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        ModelState.Clear();
        TitleApplicationView? created = null;
        if (await TryAsync(async () => created = await titles.CreateAsync(User, new ApplyInput(CallId, TitleLevelId, ApplicantNumber), ct)))
            return Redirect($"/careers/titles/{created!.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(User, ct);
        Manages = viewer.Manages;
        MayNominate = viewer.Manages || User.IsInRole(Platform.Auth.Roles.LineManager);
        Notices = await overview.NoticesAsync(ct);
        Appointments = await appointments.ListAsync(User, null, ct);
        Applications = await titles.ListAsync(User, null, ct);
        Calls = await calls.ListAsync(ct);
        Ladders = await ladders.ListAsync(ct);
        if (MayNominate) Committees = await calls.CommitteesAsync(ct);
    }
}
