using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications.DraftApplication;

/// <summary>Drafting an application: create it, or change a draft (a ready application returns to draft).</summary>
public sealed class DraftApplicationHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, ApplicationReader reader, IStringLocalizer<SharedResource> shared)
{
    private DateOnly Today => clock.Today();

    public async Task<ApplicationView> CreateAsync(ApplicationInput input, CancellationToken ct = default)
    {
        var v = await ValidateAsync(input, ct);
        var count = await db.LicenceApplications.CountAsync(ct);
        var number = $"EXP-{Today.Year}-{count + 1:00000}";
        while (await db.LicenceApplications.AnyAsync(a => a.Number == number, ct)) number = $"EXP-{Today.Year}-{++count + 1:00000}";
        var a = new LicenceApplication { Number = number, ContractNumber = v.ContractNumber, EndUse = v.EndUse, Currency = v.Currency, CreatedAt = clock.GetUtcNow() };
        v.ApplyTo(a);
        db.LicenceApplications.Add(a);
        a.Events.Add(new ApplicationEvent { At = clock.GetUtcNow(), OnDate = Today, From = ApplicationStatus.Draft, To = ApplicationStatus.Draft, Actor = db.CurrentUser.Name, Note = L["Event.Created"] });
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(a.Id, ct);
    }

    public async Task<ApplicationView> UpdateAsync(int id, ApplicationInput input, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.Include(x => x.Lines).Include(x => x.Route).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(L["Application.NotFound", id]);
        ApplicationLifecycle.ExpectVersion(db, L, a, input.Version);
        if (a.Status is not (ApplicationStatus.Draft or ApplicationStatus.Ready))
            throw ValidationFailedException.For(L["Application.Invalid"], "Status", L["Application.NotEditable", text.Enum(a.Status)]);
        var v = await ValidateAsync(input, ct);
        db.ApplicationLines.RemoveRange(a.Lines);
        db.RouteLegs.RemoveRange(a.Route);
        a.Lines.Clear();
        a.Route.Clear();
        v.ApplyTo(a);
        if (a.Status == ApplicationStatus.Ready) ApplicationLifecycle.Move(db, clock, a, ApplicationStatus.Draft, Today, L["Event.EditedBackToDraft"]);
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(a.Id, ct);
    }

    private sealed record Valid(ApplicationKind Kind, int? AmendsLicenceId, int Applicant, string ContractNumber, int Consignee, int EndUser, string EndUse,
        EndUseCategory Category, string Currency, List<ApplicationLine> Lines, List<RouteLeg> Route)
    {
        public void ApplyTo(LicenceApplication a)
        {
            a.Kind = Kind;
            a.AmendsLicenceId = AmendsLicenceId;
            a.ApplicantPartyId = Applicant;
            a.ContractNumber = ContractNumber;
            a.ConsigneePartyId = Consignee;
            a.EndUserPartyId = EndUser;
            a.EndUse = EndUse;
            a.EndUseCategory = Category;
            a.Currency = Currency;
            a.Lines.AddRange(Lines);
            a.Route.AddRange(Route);
        }
    }

    private async Task<Valid> ValidateAsync(ApplicationInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.ContractNumber), input.ContractNumber));
        var kind = ApplicationKind.New;
        if (!string.IsNullOrWhiteSpace(input.Kind) && (!Enum.TryParse(input.Kind, true, out kind) || !Enum.IsDefined(kind)))
            errors.Add(nameof(input.Kind), L["Application.KindUnknown", input.Kind]);
        if (kind == ApplicationKind.Amendment)
        {
            if (input.AmendsLicenceId is not { } lid || !await db.Licences.AnyAsync(l => l.Id == lid, ct))
                errors.Add(nameof(input.AmendsLicenceId), L["Application.AmendsLicenceRequired"]);
        }
        var partyIds = new[] { input.ApplicantPartyId, input.ConsigneePartyId, input.EndUserPartyId }.Where(x => x is not null).Select(x => x!.Value).ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        Party? Check(int? pid, string field, PartyRoles role)
        {
            if (pid is not { } x) { errors.Add(field, L["Application.PartyRequired"]); return null; }
            if (!parties.TryGetValue(x, out var p)) { errors.Add(field, L["Party.NotFound", x]); return null; }
            if (!p.Roles.HasFlag(role)) errors.Add(field, L["Application.PartyRole", p.Name, text.Enum(role)]);
            return p;
        }
        var applicant = Check(input.ApplicantPartyId, nameof(input.ApplicantPartyId), PartyRoles.Exporter);
        if (applicant is not null && applicant.Country != "CN") errors.Add(nameof(input.ApplicantPartyId), L["Application.ApplicantChinese", applicant.Name]);
        var consignee = Check(input.ConsigneePartyId, nameof(input.ConsigneePartyId), PartyRoles.Consignee);
        var endUser = Check(input.EndUserPartyId, nameof(input.EndUserPartyId), PartyRoles.EndUser);
        var contract = (input.ContractNumber ?? "").Trim();
        if (contract.Length is 0 or > 100) errors.Add(nameof(input.ContractNumber), L["Application.ContractRequired"]);
        var endUse = (input.EndUse ?? "").Trim();
        if (endUse.Length is 0 or > 1000) errors.Add(nameof(input.EndUse), L["Application.EndUseRequired"]);
        if (!Enum.TryParse<EndUseCategory>(input.EndUseCategory, true, out var category) || !Enum.IsDefined(category))
            errors.Add(nameof(input.EndUseCategory), L["Application.CategoryUnknown", input.EndUseCategory ?? ""]);
        var currency = (input.Currency ?? "").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) errors.Add(nameof(input.Currency), L["Application.CurrencyInvalid", input.Currency ?? ""]);

        var lines = new List<ApplicationLine>();
        var inputLines = input.Lines ?? [];
        if (inputLines.Count == 0) errors.Add(nameof(input.Lines), L["Application.LinesRequired"]);
        var materialIds = inputLines.Where(l => l.MaterialId is not null).Select(l => l.MaterialId!.Value).ToList();
        var materials = await db.Materials.AsNoTracking().Where(m => materialIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var codes = (await db.ControlListEntries.AsNoTracking().Select(e => e.ControlCode).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < inputLines.Count; i++)
        {
            var l = inputLines[i];
            var field = $"Lines[{i}]";
            var n = i + 1;
            Material? m = null;
            if (l.MaterialId is not { } mid || !materials.TryGetValue(mid, out m)) errors.Add($"{field}.MaterialId", L["Line.MaterialUnknown", n, l.MaterialId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
            var code = (l.ControlCode ?? "").Trim();
            if (!codes.Contains(code)) errors.Add($"{field}.ControlCode", L["Line.ControlCodeUnknown", n, code]);
            if (l.Quantity is not { } q || q <= 0) errors.Add($"{field}.Quantity", L["Line.QuantityPositive", n]);
            if (l.Value is not { } val || val < 0) errors.Add($"{field}.Value", L["Line.ValueNonNegative", n]);
            var lineCurrency = string.IsNullOrWhiteSpace(l.Currency) ? currency : l.Currency.Trim().ToUpperInvariant();
            if (lineCurrency != currency) errors.Add($"{field}.Currency", L["Line.CurrencyMismatch", n, lineCurrency, currency]);
            var unit = string.IsNullOrWhiteSpace(l.Unit) ? m?.Unit ?? "kg" : l.Unit.Trim();
            if (m is not null && unit != m.Unit) errors.Add($"{field}.Unit", L["Line.UnitMismatch", n, unit, m.Unit]);
            lines.Add(new ApplicationLine { MaterialId = l.MaterialId ?? 0, ControlCode = code, Quantity = l.Quantity ?? 0, Unit = unit, Value = l.Value ?? 0, Currency = lineCurrency });
        }

        var route = new List<RouteLeg>();
        var legs = input.Route ?? [];
        if (legs.Count == 0) errors.Add(nameof(input.Route), L["Route.Required"]);
        for (var i = 0; i < legs.Count; i++)
        {
            var from = (legs[i].From ?? "").Trim().ToUpperInvariant();
            var to = (legs[i].To ?? "").Trim().ToUpperInvariant();
            if (from.Length != 2 || to.Length != 2 || !(from + to).All(char.IsAsciiLetterUpper)) { errors.Add(nameof(input.Route), L["Route.LegCountries", i + 1]); continue; }
            if (i == 0 && from != "CN") errors.Add(nameof(input.Route), L["Route.StartsInChina"]);
            if (i > 0 && route[^1].ToCountry != from) errors.Add(nameof(input.Route), L["Route.NotContiguous", i + 1, route[^1].ToCountry, from]);
            route.Add(new RouteLeg { Sequence = i + 1, FromCountry = from, ToCountry = to, Mode = ControlList.ControlListHandlers.Blank(legs[i].Mode) });
        }
        if (route.Count > 0 && consignee is not null && endUser is not null && route[^1].ToCountry != consignee.Country && route[^1].ToCountry != endUser.Country)
            errors.Add(nameof(input.Route), L["Route.EndsAtConsignee", route[^1].ToCountry, consignee.Country, endUser.Country]);
        errors.ThrowIfAny(L["Application.Invalid"]);
        return new Valid(kind, kind == ApplicationKind.Amendment ? input.AmendsLicenceId : null, applicant!.Id, contract, consignee!.Id, endUser!.Id, endUse, category, currency, lines, route);
    }
}
