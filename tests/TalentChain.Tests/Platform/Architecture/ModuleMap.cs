using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TalentChain.Tests.Platform.Architecture;

/// <summary>Where a type of the web host belongs: a module (and which part of it), the platform, or neither.</summary>
internal sealed record Place(string? Module, string Part, bool IsPlatform)
{
    public static readonly Place Nowhere = new(null, "", false);
}

/// <summary>One type using another: the rule's failure names both.</summary>
internal sealed record Use(string User, string Used)
{
    public override string ToString() => $"{User} uses {Used}";
}

/// <summary>
/// The module map of the built web host, read with Mono.Cecil (as NetArchTest reads it): modules are discovered from
/// namespaces (<c>TalentChain.Modules.&lt;Name&gt;.&lt;Part&gt;</c>) and from the compiled Razor views
/// (<c>AspNetCoreGeneratedDocument.Modules_&lt;Name&gt;_&lt;Part&gt;_…</c>). Compiler-generated types (async state
/// machines, lambdas, closures) are nested in the type that declares them and belong where it belongs; top-level ones
/// (anonymous types) belong nowhere and carry no dependency of their own.
/// </summary>
internal static class ModuleMap
{
    private const string ModulesNamespace = "TalentChain.Modules.";
    private const string PlatformNamespace = "TalentChain.Platform";
    private const string RazorNamespace = "AspNetCoreGeneratedDocument";

    public static System.Reflection.Assembly App { get; } = typeof(TalentChainApp).Assembly;

    private static readonly Lazy<ModuleDefinition> Definition = new(() => ModuleDefinition.ReadModule(App.Location));

    /// <summary>Every module of the web host (from the namespaces of its types).</summary>
    public static IReadOnlyList<string> AllModules { get; } =
        [.. AllTypes().Select(t => PlaceOf(t).Module).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every top-level type of the web host (nested types are part of the type declaring them).</summary>
    public static IEnumerable<TypeDefinition> AllTypes() => Definition.Value.Types;

    public static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } declaring) type = declaring;
        return type;
    }

    public static Place PlaceOf(TypeReference type)
    {
        var outer = Outermost(type);
        if (outer.Scope is AssemblyNameReference) return Place.Nowhere; // a library's type
        var ns = outer.Namespace;
        if (ns.StartsWith(ModulesNamespace, StringComparison.Ordinal))
        {
            var parts = ns[ModulesNamespace.Length..].Split('.');
            return new Place(parts[0], parts.Length > 1 ? parts[1] : "", false);
        }
        if (ns == PlatformNamespace || ns.StartsWith(PlatformNamespace + ".", StringComparison.Ordinal)) return new Place(null, "", true);
        if (ns == RazorNamespace)
        {
            // A view compiled from Modules/<Name>/<Part>/…cshtml or Platform/…cshtml.
            var parts = outer.Name.Split('_');
            if (parts[0] == "Modules" && parts.Length > 2) return new Place(parts[1], parts.Length > 3 ? parts[2] : "", false);
            if (parts[0] == "Platform") return new Place(null, "", true);
        }
        return Place.Nowhere;
    }

    /// <summary>How a type is named in a failure: its outermost type (a lambda's or state machine's declaring type).</summary>
    public static string NameOf(TypeReference type) => Outermost(type).FullName;

    /// <summary>The app's types that <paramref name="type"/> (and every type nested in it) uses, with the place of each.</summary>
    public static IEnumerable<(TypeReference Used, Place Place)> UsesOf(TypeDefinition type) =>
        TypesUsedBy(type).Select(Flatten).SelectMany(x => x)
            .Where(t => t.Scope is not AssemblyNameReference)
            .DistinctBy(t => t.FullName)
            .Select(t => (t, PlaceOf(t)));

    /// <summary>Each method body of <paramref name="type"/> and of every type nested in it.</summary>
    public static IEnumerable<MethodDefinition> MethodsOf(TypeDefinition type) =>
        type.Methods.Where(m => m.HasBody).Concat(type.NestedTypes.SelectMany(MethodsOf));

    /// <summary>Whether <paramref name="type"/> is an entity of a module: a class in that module's Domain.</summary>
    /// <summary>
    /// An entity of a module: a class of its Domain, or any type the app configures for EF Core (an
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c>), which includes the read models a module publishes in its Contracts.
    /// </summary>
    public static bool IsEntity(TypeReference type, out Place place)
    {
        place = PlaceOf(type);
        if (place.Module is null) return false;
        if (ConfiguredEntities.Value.Contains(Outermost(type).FullName)) return true;
        if (place.Part != "Domain") return false;
        var definition = Resolve(type);
        return definition is { IsClass: true, IsEnum: false, IsInterface: false, IsValueType: false } && !(definition.IsAbstract && definition.IsSealed);
    }

    private static readonly Lazy<HashSet<string>> ConfiguredEntities = new(() =>
        [.. AllTypes().SelectMany(t => t.Interfaces).Select(i => i.InterfaceType).OfType<GenericInstanceType>()
            .Where(g => g.ElementType.FullName == "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1")
            .Select(g => g.GenericArguments[0].FullName)]);

    public static TypeDefinition? Resolve(TypeReference type)
    {
        try { return type.Resolve(); }
        catch (AssemblyResolutionException) { return null; }
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.Interfaces) yield return i.InterfaceType;
        foreach (var t in Attributes(type.CustomAttributes)) yield return t;
        foreach (var t in Constraints(type.GenericParameters)) yield return t;
        foreach (var f in type.Fields)
        {
            yield return f.FieldType;
            foreach (var t in Attributes(f.CustomAttributes)) yield return t;
        }
        foreach (var p in type.Properties)
        {
            yield return p.PropertyType;
            foreach (var t in Attributes(p.CustomAttributes)) yield return t;
        }
        foreach (var e in type.Events) yield return e.EventType;
        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters) yield return p.ParameterType;
            foreach (var t in Attributes(m.CustomAttributes)) yield return t;
            foreach (var t in Constraints(m.GenericParameters)) yield return t;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) yield return v.VariableType;
            foreach (var instruction in m.Body.Instructions)
            {
                IEnumerable<TypeReference> operand = instruction.Operand switch
                {
                    TypeReference t => [t],
                    MethodReference r => Signature(r),
                    FieldReference f => [f.DeclaringType, f.FieldType],
                    _ => [],
                };
                foreach (var used in operand) yield return used;
            }
        }
        foreach (var nested in type.NestedTypes)
            foreach (var t in TypesUsedBy(nested))
                yield return t;
    }

    private static IEnumerable<TypeReference> Signature(MethodReference method)
    {
        // A module's tables (C# 14 extension properties on the DbContext) are read through their owner's static class;
        // what the caller depends on is the table's entity, judged like any other use of it.
        if (!(method.HasThis is false && IsDbSet(method.ReturnType))) yield return method.DeclaringType;
        yield return method.ReturnType;
        foreach (var p in method.Parameters) yield return p.ParameterType;
        if (method is GenericInstanceMethod g)
            foreach (var a in g.GenericArguments) yield return a;
    }

    public static bool IsDbSet(TypeReference type) =>
        type is GenericInstanceType { ElementType.FullName: "Microsoft.EntityFrameworkCore.DbSet`1" };

    private static IEnumerable<TypeReference> Attributes(IEnumerable<CustomAttribute> attributes)
    {
        foreach (var a in attributes)
        {
            yield return a.AttributeType;
            List<TypeReference> arguments;
            try
            {
                arguments = [.. a.ConstructorArguments.Select(c => c.Value).OfType<TypeReference>()];
            }
            catch (AssemblyResolutionException)
            {
                continue; // an argument of a library's enum type, which Cecil could not load: not one of the app's types
            }
            foreach (var t in arguments) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Constraints(IEnumerable<GenericParameter> parameters) =>
        parameters.SelectMany(p => p.Constraints.Select(c => c.ConstraintType));

    /// <summary>The named types inside a type expression: <c>List&lt;Employee[]&gt;</c> is List and Employee.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference type) => type switch
    {
        GenericParameter => [],
        GenericInstanceType g => Flatten(g.ElementType).Concat(g.GenericArguments.SelectMany(Flatten)),
        FunctionPointerType => [],
        TypeSpecification s => Flatten(s.ElementType),
        _ => [type],
    };

    /// <summary>Instructions that call, create or store, with the method they sit in.</summary>
    public static IEnumerable<(MethodDefinition Method, Instruction Instruction)> Instructions(TypeDefinition type) =>
        MethodsOf(type).SelectMany(m => m.Body.Instructions.Select(i => (m, i)));

    public static bool IsCallOrNew(Instruction i) =>
        i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn;

    public static bool IsNew(Instruction i) => i.OpCode.Code == Code.Newobj;

    public static bool IsFieldStore(Instruction i) => i.OpCode.Code is Code.Stfld or Code.Stsfld;
}
