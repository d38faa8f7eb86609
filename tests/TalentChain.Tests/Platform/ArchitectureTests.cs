using Mono.Cecil;
using NetArchTest.Rules;
using TalentChain.Tests.Platform.Architecture;
using static TalentChain.Tests.Platform.Architecture.ModuleMap;

namespace TalentChain.Tests.Platform;

/// <summary>
/// The module walls, checked on the built assembly (NetArchTest, Mono.Cecil): one test per sentence of the architecture
/// (docs/adr/0038-module-contracts-and-the-architecture-test.md). Each failure names the type that breaks the rule and
/// the type it uses. Modules are found from the namespaces, so a new module is checked without editing this file.
/// </summary>
public class ArchitectureTests
{
    /// <summary>The parts of a module that its own contract must not lean on (they may change with any use case).</summary>
    private static readonly HashSet<string> Internals = ["Features", "Data", "Demo", "Web"];

    /// <summary>EF Core calls that write the entity they are instantiated on.</summary>
    private static readonly HashSet<string> EfWrites =
    [
        "Add", "AddAsync", "AddRange", "AddRangeAsync", "Remove", "RemoveRange", "Update", "UpdateRange", "Attach", "AttachRange",
        "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
    ];

    [Fact]
    public void ModuleMap_BuiltAssembly_FindsEveryModuleItsViewsAndTheirUses()
    {
        foreach (var module in new[] { "People", "Knowledge", "TalentProgram", "Mentoring", "Rotations", "Exports" }) Assert.Contains(module, AllModules);
        // Razor views are attributed to their module by their generated name; a rename there would blind every rule.
        Assert.Contains(AllTypes(), t => t.Namespace == "AspNetCoreGeneratedDocument" && PlaceOf(t) is { Module: "People", Part: "Features" });
        Assert.Contains(AllTypes(), t => t.Namespace == "AspNetCoreGeneratedDocument" && PlaceOf(t).IsPlatform);
        // The walk sees through method bodies: Knowledge reads People's published employees there.
        Assert.Contains(AllTypes().Where(t => PlaceOf(t).Module == "Knowledge"), t => UsesOf(t).Any(u => u.Used.FullName == "TalentChain.Modules.People.Contracts.EmployeeRef"));
    }

    /// <summary>"Platform depends on no module."</summary>
    [Fact]
    public void Platform_BuiltAssembly_DependsOnNoModule()
    {
        var uses = new List<Use>();
        var result = Types.InAssembly(App).That().MeetCustomRule(new Rule(t => PlaceOf(t).IsPlatform))
            .Should().MeetCustomRule(new Rule(t => Record(uses, t, UsesOf(t).Where(u => u.Place.Module is not null))))
            .GetResult();

        Assert.True(result.IsSuccessful, Failure("Platform depends on no module", uses));
    }

    /// <summary>
    /// "A module uses another module only through its Contracts namespace": interfaces, DTOs and the published read
    /// models it may query and navigate to (ADR 0043). No exception: not for master data, not for enums.
    /// </summary>
    [Fact]
    public void Modules_BuiltAssembly_UseAnotherModuleOnlyThroughItsContracts()
    {
        var uses = new List<Use>();
        var result = Types.InAssembly(App).That().MeetCustomRule(new Rule(t => PlaceOf(t).Module is not null))
            .Should().MeetCustomRule(new Rule(t => Record(uses, t, UsesOf(t).Where(u =>
                u.Place.Module is { } other && other != PlaceOf(t).Module && u.Place.Part != "Contracts"))))
            .GetResult();

        Assert.True(result.IsSuccessful, Failure("A module uses another module only through its Contracts", uses));
    }

    /// <summary>"No module ever writes another module's entities: changes go through the owner's contract."</summary>
    [Fact]
    public void Modules_BuiltAssembly_NeverWriteAnotherModulesEntities()
    {
        var writes = new List<Use>();
        var result = Types.InAssembly(App).That().MeetCustomRule(new Rule(t => PlaceOf(t).Module is not null))
            .Should().MeetCustomRule(new Rule(t =>
            {
                var found = WritesOf(t).ToList();
                writes.AddRange(found);
                return found.Count == 0;
            }))
            .GetResult();

        Assert.True(result.IsSuccessful, Failure("No module writes another module's entities", writes.Distinct()));
    }

    /// <summary>"Dependencies between modules form no cycle."</summary>
    [Fact]
    public void Modules_BuiltAssembly_DependOnEachOtherWithoutCycles()
    {
        // One example use per edge of the module graph, so a cycle's failure shows where each step comes from.
        var edges = new Dictionary<(string From, string To), Use>();
        foreach (var type in AllTypes())
        {
            if (PlaceOf(type).Module is not { } from) continue;
            foreach (var (used, place) in UsesOf(type))
                if (place.Module is { } to && to != from) edges.TryAdd((from, to), new Use(NameOf(type), NameOf(used)));
        }

        var cycles = new List<string>();
        foreach (var (from, to) in edges.Keys.Order())
        {
            if (PathBetween(edges.Keys, to, from) is not { } back) continue;
            var cycle = new List<string> { from }.Concat(back).ToList(); // from → to → … → from
            if (cycle.Skip(1).Any(m => string.CompareOrdinal(m, from) < 0)) continue; // report each cycle once, from its first module
            var steps = cycle.Zip(cycle.Skip(1)).Select(s => $"    {s.First} → {s.Second}: {edges[(s.First, s.Second)]}");
            cycles.Add(string.Join(" → ", cycle) + Environment.NewLine + string.Join(Environment.NewLine, steps));
        }

        Assert.True(cycles.Count == 0, $"Dependencies between modules form no cycle; {cycles.Count} found:{Environment.NewLine}{string.Join(Environment.NewLine, cycles)}");
    }

    /// <summary>"A module's Contracts are small interfaces and DTOs": they do not lean on the module's own use cases.</summary>
    [Fact]
    public void Contracts_BuiltAssembly_DoNotDependOnTheirModulesFeaturesDataDemoOrWeb()
    {
        var uses = new List<Use>();
        var result = Types.InAssembly(App).That().MeetCustomRule(new Rule(t => PlaceOf(t) is { Module: not null, Part: "Contracts" }))
            .Should().MeetCustomRule(new Rule(t => Record(uses, t, UsesOf(t).Where(u =>
                u.Place.Module == PlaceOf(t).Module && Internals.Contains(u.Place.Part)))))
            .GetResult();

        Assert.True(result.IsSuccessful, Failure("Contracts do not depend on their own module's Features, Data, Demo or Web", uses));
    }

    /// <summary>Setters and constructors of another module's entities, and EF writes instantiated on them, in any method of <paramref name="type"/>.</summary>
    private static IEnumerable<Use> WritesOf(TypeDefinition type)
    {
        var mine = PlaceOf(type).Module;
        bool Foreign(TypeReference t) => IsEntity(t, out var place) && place.Module != mine;
        foreach (var (method, instruction) in Instructions(type))
        {
            var where = $"{NameOf(type)} ({method.Name})";
            if (IsFieldStore(instruction) && instruction.Operand is FieldReference field && Foreign(field.DeclaringType))
                yield return new Use(where, $"{field.DeclaringType.FullName}.{field.Name} (stores the field)");
            if (!IsCallOrNew(instruction) || instruction.Operand is not MethodReference call) continue;
            if (IsNew(instruction) && Foreign(call.DeclaringType))
                yield return new Use(where, $"{call.DeclaringType.FullName} (creates one)");
            else if (call.Name.StartsWith("set_", StringComparison.Ordinal) && Foreign(call.DeclaringType))
                yield return new Use(where, $"{call.DeclaringType.FullName}.{call.Name[4..]} (sets it)");
            if (!EfWrites.Contains(call.Name)) continue;
            // db.Set<T>().Add(…), db.Add<T>(…), query.ExecuteUpdateAsync<T>(…): the entity is a generic argument.
            IEnumerable<TypeReference> onDbSet = IsDbSet(call.DeclaringType) ? ((GenericInstanceType)call.DeclaringType).GenericArguments : [];
            IEnumerable<TypeReference> generic = call is GenericInstanceMethod g && call.DeclaringType.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                ? g.GenericArguments : [];
            foreach (var entity in onDbSet.Concat(generic).Where(Foreign))
                yield return new Use(where, $"{entity.FullName} (EF {call.Name})");
        }
    }

    private static bool Record(List<Use> uses, TypeDefinition type, IEnumerable<(TypeReference Used, Place Place)> offending)
    {
        var found = offending.Select(u => new Use(NameOf(type), u.Used.FullName)).ToList();
        uses.AddRange(found);
        return found.Count == 0;
    }

    private static string Failure(string rule, IEnumerable<Use> uses)
    {
        var lines = uses.Distinct().Select(u => "    " + u).Order(StringComparer.Ordinal).ToList();
        return $"{rule} (docs/adr/0038); {lines.Count} uses break it:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    /// <summary>The modules on a shortest path from <paramref name="start"/> to <paramref name="goal"/> (both included), or null.</summary>
    private static List<string>? PathBetween(IEnumerable<(string From, string To)> edges, string start, string goal)
    {
        var next = edges.ToLookup(e => e.From, e => e.To);
        var cameFrom = new Dictionary<string, string?> { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == goal)
            {
                var path = new List<string>();
                for (string? step = at; step is not null; step = cameFrom[step]) path.Insert(0, step);
                return path;
            }
            foreach (var n in next[at])
                if (cameFrom.TryAdd(n, at)) queue.Enqueue(n);
        }
        return null;
    }

    /// <summary>A NetArchTest rule written as a predicate on the Cecil type definition.</summary>
    private sealed class Rule(Func<TypeDefinition, bool> test) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => test(type);
    }
}
