using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Commercialization.Features.Disclosures;

/// <summary>/commercialization/disclosures/edit (new) and …/edit/{id}: the draft form (inventors one per line: "employee number share").</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class EditPageModel(CommercializationAccess access, DisclosureHandlers disclosures, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromRoute] public int? Id { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? TitleZh { get; set; }
    [BindProperty] public string? Abstract { get; set; }
    [BindProperty] public string? Inventors { get; set; }
    [BindProperty] public string? Technologies { get; set; }
    [BindProperty] public DateOnly? ConceptionDate { get; set; }
    [BindProperty] public ChainSegment? Segment { get; set; }
    [BindProperty] public DisclosureSensitivity? Sensitivity { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id) return Page();
        var viewer = await ViewerAsync(ct);
        DisclosureView? d = null;
        if (!await LoadAsync(async () => d = await disclosures.GetAsync(viewer, id, ct)) || d!.Limited) return NotFound();
        (Title, TitleZh, Abstract, ConceptionDate, Segment, Sensitivity, Version) = (d.TitleEn, d.TitleZh, d.Abstract, d.ConceptionDate, d.Segment, d.Sensitivity, d.Version);
        Inventors = string.Join("\n", d.Inventors.Select(i => $"{i.EmployeeNumber} {i.SharePercent.ToString("0.00", CultureInfo.InvariantCulture)}"));
        Technologies = string.Join(", ", d.Technologies.Select(x => x.Code));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        var inventors = new List<InventorInput>();
        foreach (var line in (Inventors ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
            inventors.Add(new InventorInput(parts.ElementAtOrDefault(0), decimal.TryParse(parts.ElementAtOrDefault(1), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : null));
        }
        var input = new DisclosureInput(Title, TitleZh, Abstract, inventors, [.. (Technologies ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            ConceptionDate, Segment, Sensitivity, Version);
        DisclosureView? saved = null;
        if (await TryAsync(async () => saved = await disclosures.SaveAsync(viewer, Id, input, ct)))
        {
            Message = t["Disclosure.Saved", saved!.Number];
            return Redirect($"/commercialization/disclosures/{saved.Id}");
        }
        return Page();
    }
}
