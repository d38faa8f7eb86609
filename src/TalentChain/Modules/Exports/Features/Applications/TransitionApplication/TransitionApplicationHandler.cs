using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications.TransitionApplication;

/// <summary>The application lifecycle, supplementary-information requests and the review clock's dates.</summary>
public sealed class TransitionApplicationHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, ApplicationReader reader)
{
    private DateOnly Today => clock.Today();

    /// <summary>Moves an application along its lifecycle; a forbidden move, a missing document or date is refused and nothing changes.</summary>
    public async Task<ApplicationView> TransitionAsync(int id, TransitionInput input, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.Include(x => x.Lines).Include(x => x.Route).Include(x => x.Supplements)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Application.NotFound", id]);
        ApplicationLifecycle.ExpectVersion(db, L, a, input.Version);
        var errors = new FieldErrors();
        if (!Enum.TryParse<ApplicationStatus>(input.To, true, out var to) || !Enum.IsDefined(to))
            throw ValidationFailedException.For(L["Transition.Refused"], nameof(input.To), L["Transition.UnknownStatus", input.To ?? ""]);
        if (!LicenceApplication.CanMove(a.Status, to))
            throw ValidationFailedException.For(L["Transition.Refused"], nameof(input.To), L["Transition.Forbidden", text.Enum(a.Status), text.Enum(to)]);
        var onDate = input.OnDate ?? Today;
        if (onDate > Today) errors.Add(nameof(input.OnDate), L["Transition.FutureDate", UiCulture.Iso(onDate)]);
        var lastDate = a.DecidedOn ?? a.AcceptedOn ?? a.SubmittedOn;
        if (lastDate is { } last && onDate < last) errors.Add(nameof(input.OnDate), L["Transition.BeforePrevious", UiCulture.Iso(onDate), UiCulture.Iso(last)]);
        var note = ControlList.ControlListHandlers.Blank(input.Note);
        if (note?.Length > 2000) errors.Add(nameof(input.Note), L["Common.TooLong", 2000]);
        switch (to)
        {
            case ApplicationStatus.Ready:
                var kinds = (await db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.Kind).ToListAsync(ct)).ToHashSet();
                foreach (var item in reader.Checklist(a, kinds).Where(c => !c.Done)) errors.Add("Checklist", L["Transition.ChecklistMissing", item.Name]);
                break;
            case ApplicationStatus.Submitted:
                a.SubmittedOn = onDate;
                break;
            case ApplicationStatus.Accepted:
                a.AcceptedOn = onDate;
                break;
            case ApplicationStatus.SupplementRequested:
                if (input.DueOn is not { } due) errors.Add(nameof(input.DueOn), L["Supplement.DueRequired"]);
                else if (due < onDate) errors.Add(nameof(input.DueOn), L["Supplement.DueBeforeRequest"]);
                var policy = SupplementClockPolicy.Pause;
                if (!string.IsNullOrWhiteSpace(input.Policy) && (!Enum.TryParse(input.Policy, true, out policy) || !Enum.IsDefined(policy)))
                    errors.Add(nameof(input.Policy), L["Supplement.PolicyUnknown", input.Policy]);
                if (note is null) errors.Add(nameof(input.Note), L["Supplement.RequestRequired"]);
                if (!errors.Any)
                    a.Supplements.Add(new SupplementRequest { RequestedOn = onDate, DueOn = input.DueOn!.Value, Policy = policy, Request = note! });
                break;
            case ApplicationStatus.SupplementProvided:
                var open = a.Supplements.Where(s => s.ProvidedOn is null).OrderBy(s => s.RequestedOn).LastOrDefault();
                if (open is null) errors.Add(nameof(input.To), L["Supplement.NoneOpen"]);
                else if (onDate < open.RequestedOn) errors.Add(nameof(input.OnDate), L["Transition.BeforePrevious", UiCulture.Iso(onDate), UiCulture.Iso(open.RequestedOn)]);
                else open.ProvidedOn = onDate;
                break;
            case ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved or ApplicationStatus.Rejected or ApplicationStatus.Returned:
                a.DecidedOn = onDate;
                a.DecisionNote = note;
                break;
            case ApplicationStatus.Draft:
                // A returned application is reworked as a new draft; its clock starts again on resubmission.
                a.SubmittedOn = null;
                a.AcceptedOn = null;
                a.DecidedOn = null;
                break;
        }
        errors.ThrowIfAny(L["Transition.Refused"]);
        ApplicationLifecycle.Move(db, clock, a, to, onDate, note);
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(id, ct);
    }
}
