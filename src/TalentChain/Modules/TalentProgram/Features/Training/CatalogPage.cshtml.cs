using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Features.Plans;
using TalentChain.Modules.TalentProgram.Features.Training.Catalog;
using TalentChain.Modules.TalentProgram.Features.Training.Sessions;
using TalentChain.Modules.TalentProgram.Web;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Training;

/// <summary>/training: the training stack by layer with upcoming sessions; program managers add layers, courses and sessions.</summary>
public class CatalogPageModel(TrainingCatalog training, TrainingSessions sessions, PlanChoices choices, IEnumerable<ITrainingCalendarEntries> calendar, TimeProvider clock,
    IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    [FromQuery] public bool All { get; set; }
    public List<LayerView> Layers { get; private set; } = [];
    public List<(string Code, string Name)> Skills { get; private set; } = [];
    /// <summary>Other modules' entries on the training calendar in the next 90 days (e.g. knowledge-sharing sessions), soonest first.</summary>
    public List<TrainingCalendarEntry> OtherEntries { get; private set; } = [];

    [BindProperty] public LayerInput? Layer { get; set; }
    [BindProperty] public CourseInput? Course { get; set; }
    [BindProperty] public string? SessionCourse { get; set; }
    [BindProperty] public DateOnly? SessionDate { get; set; }
    [BindProperty] public TimeOnly? SessionStart { get; set; }
    [BindProperty] public TimeOnly? SessionEnd { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public int? Capacity { get; set; }
    /// <summary>The lecturer picker's text: an employee number or name (suggestions from <see cref="OnGetLecturersAsync"/>).</summary>
    [BindProperty] public string? Lecturer { get; set; }
    [BindProperty] public string? ExternalLecturer { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLayerAsync(CancellationToken ct) =>
        await RunAsync(async () => await training.AddLayerAsync(Layer!, ct), t["Layer.Added"], ct);

    public async Task<IActionResult> OnPostCourseAsync(CancellationToken ct) =>
        await RunAsync(async () => await training.AddCourseAsync(Course!, ct), t["Course.Added"], ct);

    public async Task<IActionResult> OnPostSessionAsync(CancellationToken ct)
    {
        DateTimeOffset? At(TimeOnly? time) => SessionDate is { } d && time is { } tm ? SiteTime.At(d, tm) : null;
        SessionView? created = null;
        if (!IsManager) return Forbid();
        if (await TryAsync(async () => created = await sessions.ScheduleAsync(new SessionInput(SessionCourse, At(SessionStart), At(SessionEnd), Place, Capacity, null, ExternalLecturer, Lecturer), ct)))
        {
            Message = t["Session.Scheduled"];
            return LocalRedirect($"/training/sessions/{created!.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>htmx: the lecturer picker's suggestions as &lt;option&gt;s of its datalist.</summary>
    public async Task<IActionResult> OnGetLecturersAsync(string? lecturer, CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        var html = string.Concat((await sessions.FindLecturersAsync(lecturer, exact: false, ct))
            .Select(c => $"<option value=\"{HtmlEncoder.Default.Encode(c.Label)}\"></option>"));
        return Content(html, "text/html; charset=utf-8");
    }

    private async Task<IActionResult> RunAsync(Func<Task> call, string message, CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        if (await TryAsync(call)) return Done(message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Layers = await training.CatalogAsync(!All, ct);
        var now = clock.GetUtcNow();
        var entries = new List<TrainingCalendarEntry>();
        foreach (var c in calendar) entries.AddRange(await c.UpcomingAsync(User, now, now.AddDays(90), ct));
        OtherEntries = [.. entries.OrderBy(e => e.StartsAt.UtcTicks)];
        if (IsManager) Skills = await choices.SkillsAsync(ct);
    }
}
