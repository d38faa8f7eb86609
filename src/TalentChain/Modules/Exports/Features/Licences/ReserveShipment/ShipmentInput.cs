namespace TalentChain.Modules.Exports.Features.Licences.ReserveShipment;

public sealed record ShipmentLineInput(int? LicenceLineId, decimal? Quantity, decimal? Value);
public sealed record ShipmentInput(int? LicenceId, int? ConsigneePartyId, int? EndUserPartyId, string? DestinationCountry, string? EndUseCategory,
    DateOnly? PlannedOn, List<ShipmentLineInput>? Lines);
