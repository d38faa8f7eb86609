using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>
/// The stage engine's side of rotation planning (<see cref="IStageSchedule"/>): a participant's k-th rotation stage (k-th
/// stage of kind Rotation in the program's template) takes the k-th published rotation's host unit and planned end.
/// </summary>
internal sealed class StageSchedule(TalentChainDbContext db) : IStageSchedule
{
    public async Task<StageRotationTemplate?> RotationTemplateAsync(int cohortId, CancellationToken ct = default)
    {
        var programId = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => (int?)c.ProgramId).FirstOrDefaultAsync(ct);
        if (programId is null) return null;
        var template = await TemplateAsync(programId.Value, ct);
        return new StageRotationTemplate(template.Count(s => s.Kind == StageKind.Rotation),
            template.TakeWhile(s => s.Kind != StageKind.Rotation).Sum(s => s.DurationMonths),
            template.FirstOrDefault(s => s.Kind == StageKind.Rotation)?.DurationMonths);
    }

    public async Task<Dictionary<int, DateOnly>> FirstRotationStartsAsync(IReadOnlyCollection<int> participantIds, DateOnly fallbackStart, CancellationToken ct = default)
    {
        var ids = participantIds.Distinct().ToList();
        var participants = await db.Participants.AsNoTracking().Include(p => p.Stages).Include(p => p.Cohort)
            .Where(p => ids.Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
        var templates = new Dictionary<int, List<ProgramStage>>();
        var result = new Dictionary<int, DateOnly>();
        foreach (var p in participants)
        {
            var programId = p.Cohort!.ProgramId;
            if (!templates.TryGetValue(programId, out var template)) templates[programId] = template = await TemplateAsync(programId, ct);
            result[p.Id] = FirstRotationStart(p, template, fallbackStart);
        }
        return result;
    }

    public async Task ApplyRotationsAsync(IReadOnlyCollection<StageRotationPlacement> placements, bool openStagesOnly, CancellationToken ct = default)
    {
        var participantIds = placements.Select(p => p.ParticipantId).Distinct().ToList();
        var stages = await db.ParticipantStages.Where(s => participantIds.Contains(s.ParticipantId) && (!openStagesOnly || s.EndedOn == null)).ToListAsync(ct);
        var programOf = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Cohort!.ProgramId }).ToDictionaryAsync(p => p.Id, p => p.ProgramId, ct);
        var templates = new Dictionary<int, List<ProgramStage>>();
        foreach (var stage in stages)
        {
            var programId = programOf[stage.ParticipantId];
            if (!templates.TryGetValue(programId, out var template)) templates[programId] = template = await TemplateAsync(programId, ct);
            if (RotationNumber(template, stage.ProgramStageId) is not { } k) continue;
            if (placements.FirstOrDefault(p => p.ParticipantId == stage.ParticipantId && p.RotationNumber == k) is { } placement) Apply(stage, placement);
        }
    }

    /// <summary>Called by the stage-advance handler for the stage a participant just entered.</summary>
    public static async Task ApplyPublishedAsync(IEnumerable<IStagePublishedRotations> sources, ParticipantStage stage, IEnumerable<ProgramStage> template, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(stage);
        if (RotationNumber(template, stage.ProgramStageId) is not { } k) return;
        foreach (var source in sources)
            if (await source.PublishedAsync(stage.ParticipantId, k, ct) is { } placement)
            {
                Apply(stage, placement);
                return;
            }
    }

    /// <summary>1-based position of the stage among the template's rotation stages; null when it is not a rotation stage.</summary>
    public static int? RotationNumber(IEnumerable<ProgramStage> template, int programStageId)
    {
        var rotations = template.Where(s => s.Kind == StageKind.Rotation).OrderBy(s => s.Order).Select(s => s.Id).ToList();
        var i = rotations.IndexOf(programStageId);
        return i < 0 ? null : i + 1;
    }

    private static void Apply(ParticipantStage stage, StageRotationPlacement placement)
    {
        stage.HostOrgUnitId = placement.HostOrgUnitId;
        if (placement.PlannedEnd > stage.StartedOn) stage.PlannedEnd = placement.PlannedEnd;
    }

    /// <summary>The date on which the participant enters (or entered) their first rotation stage.</summary>
    private static DateOnly FirstRotationStart(Participant p, List<ProgramStage> template, DateOnly fallbackStart)
    {
        var rotationIds = template.Where(s => s.Kind == StageKind.Rotation).Select(s => s.Id).ToHashSet();
        if (p.Stages.Where(s => rotationIds.Contains(s.ProgramStageId)).OrderBy(s => s.Sequence).FirstOrDefault() is { } first) return first.StartedOn;
        var open = p.Stages.FirstOrDefault(s => s.EndedOn is null);
        DateOnly date;
        ProgramStage? stage;
        if (open is not null)
        {
            date = open.PlannedEnd;
            stage = StageEngine.Next(template, template.FirstOrDefault(s => s.Id == open.ProgramStageId));
        }
        else
        {
            date = p.StartDate ?? fallbackStart;
            stage = template.Count > 0 ? template[0] : null;
        }
        for (var guard = 0; stage is not null && stage.Kind != StageKind.Rotation && guard < template.Count; guard++)
        {
            date = date.AddMonths(stage.DurationMonths);
            stage = StageEngine.Next(template, stage);
            if (stage?.Kind == StageKind.Development) break;
        }
        return date;
    }

    private Task<List<ProgramStage>> TemplateAsync(int programId, CancellationToken ct) =>
        db.ProgramStages.AsNoTracking().Where(s => s.ProgramId == programId).OrderBy(s => s.Order).ToListAsync(ct);
}
