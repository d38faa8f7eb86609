using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences.IssueLicence;

/// <summary>Issues a licence from an approved application.</summary>
public sealed class IssueLicenceHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, LicenceReader reader, IStringLocalizer<SharedResource> shared)
{
    private DateOnly Today => clock.Today();

    /// <summary>Issues a licence for an approved (or partially approved) application; lines default to the application's.</summary>
    public async Task<LicenceView> IssueAsync(LicenceInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Number), input.Number));
        LicenceApplication? app = null;
        if (input.ApplicationId is not { } aid || (app = await db.LicenceApplications.Include(a => a.Lines).Include(a => a.EndUser).Include(a => a.Consignee).FirstOrDefaultAsync(a => a.Id == aid, ct)) is null)
            throw ValidationFailedException.For(L["Licence.Invalid"], nameof(input.ApplicationId), L["Application.NotFound", input.ApplicationId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        if (app.Status is not (ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved))
            errors.Add(nameof(input.ApplicationId), L["Licence.ApplicationNotApproved", app.Number, text.Enum(app.Status)]);
        if (await db.Licences.AnyAsync(l => l.ApplicationId == app.Id, ct)) errors.Add(nameof(input.ApplicationId), L["Licence.AlreadyIssued", app.Number]);
        var number = (input.Number ?? "").Trim();
        if (number.Length is 0 or > 40) errors.Add(nameof(input.Number), L["Licence.NumberRequired"]);
        else if (await db.Licences.AnyAsync(l => l.Number == number, ct)) errors.Add(nameof(input.Number), L["Licence.NumberTaken", number]);
        var kind = LicenceKind.Individual;
        if (!string.IsNullOrWhiteSpace(input.Kind) && (!Enum.TryParse(input.Kind, true, out kind) || !Enum.IsDefined(kind))) errors.Add(nameof(input.Kind), L["Licence.KindUnknown", input.Kind]);
        var issued = input.IssuedOn ?? app.DecidedOn ?? Today;
        var expires = input.ExpiresOn ?? issued.AddYears(Licence.MaxYears(kind)).AddDays(-1);
        if (expires < issued) errors.Add(nameof(input.ExpiresOn), L["Licence.ExpiryBeforeIssue"]);
        if (expires > issued.AddYears(Licence.MaxYears(kind))) errors.Add(nameof(input.ExpiresOn), L["Licence.TooLong", text.Enum(kind), Licence.MaxYears(kind)]);
        var tolerance = input.TolerancePercent ?? 0m;
        if (tolerance is < 0 or > 20) errors.Add(nameof(input.TolerancePercent), L["Licence.ToleranceRange"]);
        var noReexport = LicenceReader.Codes(input.NoReexportTo?.ToUpperInvariant());
        if (noReexport.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper))) errors.Add(nameof(input.NoReexportTo), L["Licence.CountriesInvalid"]);
        var extra = input.ExtraPartyIds ?? [];
        if (kind == LicenceKind.Individual && extra.Count > 0) errors.Add(nameof(input.ExtraPartyIds), L["Licence.IndividualOneEndUser"]);
        var known = await db.Parties.Where(p => extra.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in extra.Except(known)) errors.Add(nameof(input.ExtraPartyIds), L["Party.NotFound", missing]);

        var lines = new List<LicenceLine>();
        var requested = input.Lines is { Count: > 0 } ? input.Lines : [.. app.Lines.Select(l => new LicenceLineInput(l.Id, null, null))];
        for (var i = 0; i < requested.Count; i++)
        {
            var r = requested[i];
            var line = app.Lines.FirstOrDefault(l => l.Id == r.ApplicationLineId);
            if (line is null) { errors.Add($"Lines[{i}]", L["Licence.LineUnknown", i + 1]); continue; }
            var q = r.Quantity ?? line.Quantity;
            var v = r.Value ?? line.Value;
            if (q <= 0) errors.Add($"Lines[{i}].Quantity", L["Line.QuantityPositive", i + 1]);
            if (q > line.Quantity) errors.Add($"Lines[{i}].Quantity", L["Licence.MoreThanApplied", i + 1, line.Quantity]);
            if (v < 0 || v > line.Value) errors.Add($"Lines[{i}].Value", L["Licence.ValueRange", i + 1, line.Value]);
            lines.Add(new LicenceLine { MaterialId = line.MaterialId, ControlCode = line.ControlCode, Unit = line.Unit, Quantity = q, Value = v });
        }
        errors.ThrowIfAny(L["Licence.Invalid"]);
        var licence = new Licence
        {
            Number = number, Kind = kind, ApplicationId = app.Id, ExporterPartyId = app.ApplicantPartyId, IssuedOn = issued, ExpiresOn = expires,
            TolerancePercent = tolerance, Currency = app.Currency, NoReexportTo = noReexport.Length == 0 ? null : string.Join(",", noReexport),
            NoDefenceUse = input.NoDefenceUse, Conditions = ControlList.ControlListHandlers.Blank(input.Conditions),
        };
        licence.Lines.AddRange(lines);
        foreach (var pid in new[] { app.ConsigneePartyId, app.EndUserPartyId }.Concat(known).Distinct()) licence.Parties.Add(new LicenceParty { PartyId = pid });
        db.Licences.Add(licence);
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(licence.Id, ct);
    }
}
