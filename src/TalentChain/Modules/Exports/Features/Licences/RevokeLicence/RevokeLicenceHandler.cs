using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences.RevokeLicence;

/// <summary>Records a licence's revocation by the authority.</summary>
public sealed class RevokeLicenceHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, LicenceReader reader)
{
    /// <summary>
    /// Records that the authority revoked a licence from a date (inclusive), with the reason. From that date no new
    /// reservation or shipment is accepted against it; existing reservations stay as they are (and can be cancelled).
    /// </summary>
    public async Task<LicenceView> RevokeAsync(int id, RevokeInput input, CancellationToken ct = default)
    {
        var licence = await db.Licences.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException(L["Licence.NotFound", id]);
        if (input.Version is { } v)
        {
            if (v != licence.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
            db.Entry(licence).Property(x => x.Version).OriginalValue = v;
        }
        var errors = new FieldErrors();
        if (licence.Revoked) errors.Add(nameof(input.RevokedOn), L["Licence.AlreadyRevoked", licence.Number, UiCulture.Iso(licence.RevokedOn)]);
        if (input.RevokedOn is not { } on) errors.Add(nameof(input.RevokedOn), L["Licence.RevokedOnRequired"]);
        else if (on < licence.IssuedOn) errors.Add(nameof(input.RevokedOn), L["Licence.RevokedBeforeIssue", UiCulture.Iso(on), UiCulture.Iso(licence.IssuedOn)]);
        var reason = (input.Reason ?? "").Trim();
        if (reason.Length is 0 or > 1000) errors.Add(nameof(input.Reason), L["Licence.RevocationReasonRequired"]);
        errors.ThrowIfAny(L["Licence.RevokeInvalid"]);
        licence.Revoked = true;
        licence.RevokedOn = input.RevokedOn;
        licence.RevocationReason = reason;
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(id, ct);
    }
}
