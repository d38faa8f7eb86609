namespace TalentChain.Modules.Exports.Features.Licences.IssueLicence;

public sealed record LicenceLineInput(int? ApplicationLineId, decimal? Quantity, decimal? Value);
public sealed record LicenceInput(int? ApplicationId, string? Number, string? Kind, DateOnly? IssuedOn, DateOnly? ExpiresOn, decimal? TolerancePercent,
    string? NoReexportTo, bool NoDefenceUse, string? Conditions, List<int>? ExtraPartyIds, List<LicenceLineInput>? Lines);
