using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.Coverage;

public sealed record HolderView(int EmployeeId, int Level, decimal Weight, bool Leaving);

public sealed record CoverageRow(
    int CriticalTechnologyId,
    int TaxonomyNodeId,
    string Code,
    string Name,
    ChainSegment Segment,
    SensitivityClass Sensitivity,
    int RequiredLevel,
    int TargetHolders,
    int Holders,
    decimal EffectiveHolders,
    decimal Coverage,
    bool Flagged,
    int HoldersAfterDepartures,
    decimal EffectiveAfterDepartures,
    decimal CoverageAfterDepartures,
    bool FlaggedAfterDepartures,
    IReadOnlyList<HolderView> HolderList);

public sealed record CoverageIndex(DateTimeOffset? ComputedAt, decimal Threshold, IReadOnlyList<CoverageRow> Rows, int MinGroupSize = KnowledgeSettings.DefaultMinGroupSize)
{
    /// <summary>
    /// Whether the viewer may see a row's effective-holder and coverage figures. They are sums of flight-risk weights,
    /// so over fewer holders than the minimum group size they would give away the score of someone whose risk the
    /// viewer may not see (themself, a peer, anyone for an executive). Officers, and viewers who may see the risk of
    /// every holder, always see them; the holder counts and the flag are shown to everyone.
    /// </summary>
    public bool MaySeeFigures(KnowledgeScope scope, CoverageRow row) =>
        scope.IsOfficer || row.HolderList.All(h => scope.MaySeeRisk(h.EmployeeId)) || row.HoldersAfterDepartures >= MinGroupSize;
}

/// <summary>
/// The coverage index. Computing it scores every holder's flight risk, so the result is stored (CoverageSnapshots) and
/// recomputed only when <see cref="CoverageStaleHook"/> has marked it stale, or on a new day (tenure and retirement move).
/// </summary>
public sealed class CoverageService(TalentChainDbContext db, FlightRiskService risk, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public TalentChainDbContext Db => db;

    public async Task<KnowledgeSettings> SettingsAsync(CancellationToken ct = default) =>
        await db.KnowledgeSettings.AsNoTracking().Where(s => s.Id == KnowledgeSettings.SingletonId).FirstOrDefaultAsync(ct) ?? new KnowledgeSettings();

    public async Task<CoverageIndex> GetAsync(CancellationToken ct = default)
    {
        var state = await db.CoverageStates.AsNoTracking().Where(s => s.Id == 1).FirstOrDefaultAsync(ct);
        if (state is null || state.Stale || state.ComputedOn != Today) await RecomputeAsync(ct);
        return await ReadAsync(ct);
    }

    private async Task<CoverageIndex> ReadAsync(CancellationToken ct)
    {
        var settings = await SettingsAsync(ct);
        var chinese = UiCulture.IsChinese;
        var techs = await db.CriticalTechnologies.AsNoTracking()
            .Select(t => new { t.Id, t.TaxonomyNodeId, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh, t.Segment, t.Sensitivity, t.RequiredLevel, t.TargetHolders })
            .ToListAsync(ct);
        // The state, the figures and the holder rows from one stored recompute (one read snapshot of the database).
        async Task<(CoverageState?, Dictionary<int, CoverageSnapshot>, ILookup<int, HolderView>)> ReadStoredAsync()
        {
            var state = await db.CoverageStates.AsNoTracking().Where(s => s.Id == 1).FirstOrDefaultAsync(ct);
            var snaps = await db.CoverageSnapshots.AsNoTracking().ToDictionaryAsync(s => s.CriticalTechnologyId, ct);
            var holders = (await db.CoverageHolders.AsNoTracking().ToListAsync(ct))
                .ToLookup(h => h.CriticalTechnologyId, h => new HolderView(h.EmployeeId, h.Level, h.Weight, h.Leaving));
            return (state, snaps, holders);
        }
        var (state, snaps, holders) = db.Database.CurrentTransaction is not null
            ? await ReadStoredAsync()
            : await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
                var read = await ReadStoredAsync();
                await tx.CommitAsync(ct);
                return read;
            });
        var rows = techs.Select(t =>
        {
            var s = snaps.GetValueOrDefault(t.Id) ?? new CoverageSnapshot();
            return new CoverageRow(t.Id, t.TaxonomyNodeId, t.Code, chinese && !string.IsNullOrEmpty(t.NameZh) ? t.NameZh : t.Name, t.Segment, t.Sensitivity,
                t.RequiredLevel, t.TargetHolders,
                s.Holders, s.EffectiveHolders, s.Coverage, CoverageRules.Flagged(s.Holders, s.Coverage, settings.CoverageThreshold),
                s.HoldersAfterDepartures, s.EffectiveAfterDepartures, s.CoverageAfterDepartures,
                CoverageRules.Flagged(s.HoldersAfterDepartures, s.CoverageAfterDepartures, settings.CoverageThreshold),
                (IReadOnlyList<HolderView>)[.. holders[t.Id].OrderByDescending(h => h.Weight).ThenBy(h => h.EmployeeId)]);
        }).OrderBy(r => r.Segment).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        return new CoverageIndex(state?.ComputedAt, settings.CoverageThreshold, rows, settings.MinGroupSize);
    }

    /// <summary>Computes the whole index and stores it; a change saved meanwhile leaves it stale for the next read.</summary>
    public async Task RecomputeAsync(CancellationToken ct = default)
    {
        var generation = await db.CoverageStates.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.Generation).FirstOrDefaultAsync(ct);
        var computed = await ComputeAsync(ct);
        var now = clock.GetUtcNow();
        var today = Today;

        try
        {
            await StoreAsync(computed, generation, today, now, ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another request (or node) stored a recompute at the same moment (one snapshot per technology): theirs
            // stands. Any other failure is a real error and surfaces: an index of 0 holders would be a wrong answer.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task StoreAsync(List<CoverageSnapshot> computed, long? generation, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.CoverageHolders.ExecuteDeleteAsync(ct);
            await db.CoverageSnapshots.ExecuteDeleteAsync(ct);
            db.CoverageSnapshots.AddRange(computed);
            if (generation is null)
            {
                db.CoverageStates.Add(new CoverageState { Id = 1, Stale = false, Generation = 0, ComputedOn = today, ComputedAt = now });
            }
            await db.SaveChangesAsync(ct);
            if (generation is { } g)
            {
                await db.CoverageStates.Where(s => s.Id == 1 && s.Generation == g)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Stale, false).SetProperty(s => s.ComputedOn, today).SetProperty(s => s.ComputedAt, now), ct);
            }
            await tx.CommitAsync(ct);
        });
    }

    /// <summary>The coverage of every critical technology, from the current data (nothing stored).</summary>
    public async Task<List<CoverageSnapshot>> ComputeAsync(CancellationToken ct = default)
    {
        var settings = await SettingsAsync(ct);
        var today = Today;
        var techs = await db.CriticalTechnologies.AsNoTracking().Select(t => new { t.Id, t.TaxonomyNodeId, t.RequiredLevel, t.TargetHolders }).ToListAsync(ct);
        if (techs.Count == 0) return [];
        var subtrees = await SubtreesAsync(db, techs.Select(t => t.TaxonomyNodeId), ct);
        var allNodes = subtrees.Values.SelectMany(v => v).Distinct().ToList();
        var minLevel = techs.Min(t => t.RequiredLevel);
        var records = await db.SkillRefs.AsNoTracking()
            .Where(s => allNodes.Contains(s.TaxonomyNodeId) && s.Level >= minLevel && s.Employee!.Status == EmployeeStatus.Active)
            .Select(s => new { s.EmployeeId, s.TaxonomyNodeId, s.Level, s.Employee!.BirthDate })
            .ToListAsync(ct);
        var leaving = (await db.Departures.AsNoTracking().Where(d => d.Status == DepartureStatus.Open).Select(d => d.EmployeeId).ToListAsync(ct)).ToHashSet();
        var scores = await risk.ScoreAsync(records.Select(r => r.EmployeeId).Distinct().ToList(), ct);
        var births = records.GroupBy(r => r.EmployeeId).ToDictionary(g => g.Key, g => g.First().BirthDate);

        var result = new List<CoverageSnapshot>();
        foreach (var t in techs)
        {
            var nodes = subtrees[t.TaxonomyNodeId];
            var holders = records.Where(r => nodes.Contains(r.TaxonomyNodeId))
                .GroupBy(r => r.EmployeeId)
                .Select(g => (EmployeeId: g.Key, Level: g.Max(r => r.Level)))
                .Where(h => h.Level >= t.RequiredLevel)
                .Select(h => new HolderView(h.EmployeeId, h.Level,
                    CoverageRules.Weight(scores.TryGetValue(h.EmployeeId, out var s) ? s.Score : 0,
                        CoverageRules.YearsToRetirement(births[h.EmployeeId], settings.RetirementAge, today)),
                    leaving.Contains(h.EmployeeId)))
                .OrderByDescending(h => h.Weight).ThenBy(h => h.EmployeeId)
                .ToList();
            result.Add(Snapshot(t.Id, t.TargetHolders, holders));
        }
        return result;
    }

    /// <summary>The stored figures for one technology's holders (pure: used by the tests on hand-computed examples).</summary>
    public static CoverageSnapshot Snapshot(int technologyId, int target, IReadOnlyList<HolderView> holders)
    {
        var effective = holders.Sum(h => h.Weight);
        var staying = holders.Where(h => !h.Leaving).ToList();
        var effectiveAfter = staying.Sum(h => h.Weight);
        return new CoverageSnapshot
        {
            CriticalTechnologyId = technologyId,
            Holders = holders.Count,
            EffectiveHolders = effective,
            Coverage = CoverageRules.Coverage(effective, target),
            HoldersAfterDepartures = staying.Count,
            EffectiveAfterDepartures = effectiveAfter,
            CoverageAfterDepartures = CoverageRules.Coverage(effectiveAfter, target),
            HolderRows = [.. holders.Select(h => new CoverageHolder { CriticalTechnologyId = technologyId, EmployeeId = h.EmployeeId, Level = h.Level, Weight = h.Weight, Leaving = h.Leaving })],
        };
    }

    /// <summary>Each root node with every node below it (a technology's skills count for the technology).</summary>
    public static async Task<Dictionary<int, HashSet<int>>> SubtreesAsync(TalentChainDbContext db, IEnumerable<int> roots, CancellationToken ct)
    {
        var edges = await db.TaxonomyRefs.AsNoTracking().Select(n => new { n.Id, n.ParentId }).ToListAsync(ct);
        var children = edges.Where(e => e.ParentId != null).ToLookup(e => e.ParentId!.Value, e => e.Id);
        var result = new Dictionary<int, HashSet<int>>();
        foreach (var root in roots.Distinct())
        {
            var set = new HashSet<int> { root };
            var queue = new Queue<int>([root]);
            while (queue.Count > 0)
                foreach (var c in children[queue.Dequeue()])
                    if (set.Add(c)) queue.Enqueue(c);
            result[root] = set;
        }
        return result;
    }
}

/// <summary>
/// Marks the coverage snapshot stale when anything it is computed from changes (any path: page, API, import): this
/// module's and People's records, and what other modules' flight-risk factors read (their <see cref="FlightRiskInputs"/>,
/// e.g. the talent program's development reviews).
/// </summary>
internal sealed class CoverageStaleHook(IEnumerable<FlightRiskInputs> otherInputs) : ISaveChangesHook
{
    private readonly HashSet<Type> _watched =
    [
        typeof(PersonAssessment), typeof(Departure), typeof(CriticalTechnology), typeof(KnowledgeSettings),
        .. otherInputs.SelectMany(i => i.EntityTypes),
    ];

    /// <summary>People's read models coverage is computed from: a save to the tables they read makes it stale.</summary>
    private static readonly Type[] PeopleReads = [typeof(SkillRef), typeof(EmployeeRef), typeof(TaxonomyRef), typeof(EmploymentEventRef)];

    /// <summary>The tables behind <see cref="PeopleReads"/>, read from the model once (the same on every provider).</summary>
    private static HashSet<string>? peopleTables;

    public void BeforeSave(TalentChainDbContext db)
    {
        peopleTables ??= PeopleReads.Select(t => db.Model.FindEntityType(t)?.GetViewName()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var changed = db.ChangeTracker.Entries()
            .Any(e => e.State is Microsoft.EntityFrameworkCore.EntityState.Added or Microsoft.EntityFrameworkCore.EntityState.Modified or Microsoft.EntityFrameworkCore.EntityState.Deleted
                && (_watched.Contains(e.Metadata.ClrType) || e.Metadata.GetTableName() is { } table && peopleTables.Contains(table)));
        if (!changed) return;
        var state = db.CoverageStates.Local.FirstOrDefault() ?? db.CoverageStates.Find(1);
        if (state is null)
        {
            db.CoverageStates.Add(new CoverageState { Id = 1, Stale = true, Generation = 1 });
            return;
        }
        state.Stale = true;
        state.Generation++;
    }
}
