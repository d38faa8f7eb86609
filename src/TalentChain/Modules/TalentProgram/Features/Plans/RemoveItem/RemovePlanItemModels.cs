namespace TalentChain.Modules.TalentProgram.Features.Plans.RemoveItem;

// Removing a goal or activity: the input.

public sealed record RemoveInput(string? Reason, long? Version = null);
