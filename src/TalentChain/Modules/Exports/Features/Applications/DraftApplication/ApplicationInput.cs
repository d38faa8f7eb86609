namespace TalentChain.Modules.Exports.Features.Applications.DraftApplication;

public sealed record ApplicationLineInput(int? MaterialId, string? ControlCode, decimal? Quantity, string? Unit, decimal? Value, string? Currency);
public sealed record RouteLegInput(string? From, string? To, string? Mode);
public sealed record ApplicationInput(
    string? Kind, int? AmendsLicenceId, int? ApplicantPartyId, string? ContractNumber, int? ConsigneePartyId, int? EndUserPartyId,
    string? EndUse, string? EndUseCategory, string? Currency, List<ApplicationLineInput>? Lines, List<RouteLegInput>? Route, long? Version = null);
