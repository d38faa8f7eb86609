namespace TalentChain.Modules.Exports.Features.Licences.RevokeLicence;

public sealed record RevokeInput(DateOnly? RevokedOn, string? Reason, long? Version = null);
