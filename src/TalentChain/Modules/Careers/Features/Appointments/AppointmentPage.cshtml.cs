using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Appointments;

/// <summary>/careers/appointments/{id}: the nomination, its requirements check, the committee's votes, the notice and its objections, the effective step.</summary>
[Authorize(Policy = CareersPolicies.Use)]
public sealed class AppointmentPageModel(AppointmentsHandler appointments) : ModulePageModel
{
    public AppointmentView Appointment { get; private set; } = null!;

    [BindProperty] public VoteChoice? Choice { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int? ObjectionId { get; set; }
    [BindProperty] public string? Resolution { get; set; }
    [BindProperty] public DateOnly? EffectiveOn { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await TryAsync(() => LoadAsync(id, ct))) return NotFoundOrForbidden();
        return Page();
    }

    public Task<IActionResult> OnPostVoteAsync(int id, CancellationToken ct) => Act(id, () => appointments.VoteAsync(User, id, new VoteInput(Choice, Comment), ct), ct);
    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct) => Act(id, () => appointments.DecideAsync(User, id, new DecideInput(Note, Version), ct), ct);
    public Task<IActionResult> OnPostObjectAsync(int id, CancellationToken ct) => Act(id, () => appointments.ObjectAsync(id, new ObjectionInput(Text), ct), ct);
    public Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct) => Act(id, () => appointments.ResolveAsync(User, id, ObjectionId ?? 0, new ResolveInput(Resolution), ct), ct);
    public Task<IActionResult> OnPostEffectiveAsync(int id, CancellationToken ct) => Act(id, () => appointments.MakeEffectiveAsync(User, id, new EffectInput(EffectiveOn, Version), ct), ct);

    private async Task<IActionResult> Act(int id, Func<Task> call, CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(call)) return Redirect($"/careers/appointments/{id}");
        var status = Response.StatusCode;
        if (!await TryAsync(() => LoadAsync(id, ct))) return NotFoundOrForbidden();
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult NotFoundOrForbidden() => Response.StatusCode == StatusCodes.Status403Forbidden ? Forbid() : NotFound();

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Appointment = await appointments.GetAsync(User, id, ct);
        Version = Appointment.Version;
    }
}
