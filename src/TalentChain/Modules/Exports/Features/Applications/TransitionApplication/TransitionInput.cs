namespace TalentChain.Modules.Exports.Features.Applications.TransitionApplication;

public sealed record TransitionInput(string? To, DateOnly? OnDate, string? Note, DateOnly? DueOn, string? Policy, long? Version = null);
