namespace TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;

public sealed record ShipInput(DateOnly? ShippedOn, long? Version = null);
