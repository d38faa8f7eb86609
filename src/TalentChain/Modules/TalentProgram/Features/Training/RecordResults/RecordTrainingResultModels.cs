namespace TalentChain.Modules.TalentProgram.Features.Training.RecordResults;

// Recording a result: the input (the JSON API's shape).

/// <summary>The outcome for one learner: attended, assessment score (0–100), passed. Passing completes the course.</summary>
public sealed record ResultInput(bool? Attended, int? Score, bool? Passed, long? Version = null);
