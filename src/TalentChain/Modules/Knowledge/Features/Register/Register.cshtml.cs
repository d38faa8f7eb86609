using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Register;

/// <summary>/knowledge/register: the critical-technology register, a form to add an entry, and the module's settings.</summary>
[Authorize(Policy = KnowledgePolicies.Officer)]
public class RegisterModel(RegisterHandlers register) : PageModel
{
    public List<CriticalTechnologyView> Entries { get; private set; } = [];
    public List<(string Code, string Name)> Choices { get; private set; } = [];
    public KnowledgeSettings Settings { get; private set; } = new();

    [BindProperty] public CriticalTechnologyInput Input { get; set; } = new(null, SensitivityClass.Confidential, 3, 3, null, null, null);
    [BindProperty] public SettingsInput SettingsForm { get; set; } = new(null, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        SettingsForm = new SettingsInput(Settings.CoverageThreshold, Settings.MinGroupSize, Settings.RetirementAge, Settings.Version);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => register.SaveAsync(null, Input, ct))) return RedirectToPage();
        await LoadAsync(ct);
        SettingsForm = new SettingsInput(Settings.CoverageThreshold, Settings.MinGroupSize, Settings.RetirementAge, Settings.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => register.SaveSettingsAsync(SettingsForm, ct))) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Entries = await register.ListAsync(ct);
        Choices = await register.ChoicesAsync(ct);
        Settings = await register.SettingsAsync(ct);
    }

    public static readonly SensitivityClass[] Sensitivities = Enum.GetValues<SensitivityClass>();
}
