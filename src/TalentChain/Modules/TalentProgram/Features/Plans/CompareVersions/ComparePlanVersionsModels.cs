using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Features.Plans.CompareVersions;

// Comparing versions: the diff view (the JSON API's shape).

public sealed record DiffField(string Field, string? From, string? To);

public sealed record DiffItem(Guid Key, string ItemKind, string Title, PlanChangeKind Change, string ChangeName, List<DiffField> Fields, List<string> Reasons);

public sealed record PlanDiffView(int ParticipantId, string ParticipantName, int From, int To, List<VersionSummary> Versions, List<DiffItem> Items);
