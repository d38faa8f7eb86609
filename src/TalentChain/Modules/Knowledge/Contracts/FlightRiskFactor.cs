using TalentChain.Modules.Knowledge.Domain;

namespace TalentChain.Modules.Knowledge.Contracts;

/// <summary>What a flight-risk factor knows about one person (loaded once for everyone being scored).</summary>
public sealed record FlightRiskSubject(
    int EmployeeId,
    int? ManagerId,
    DateOnly HireDate,
    DateOnly? BirthDate,
    /// <summary>Date of the last promotion or professional-title change (People employment events); null if none.</summary>
    DateOnly? LastAdvancement,
    /// <summary>Date of the last change of line manager; null if none.</summary>
    DateOnly? LastManagerChange,
    /// <summary>The current assessment (this module's own per-person record); null if never assessed.</summary>
    PersonAssessment? Assessment);

public sealed record FlightRiskContext(DateOnly Today, IReadOnlyList<FlightRiskSubject> People);

/// <summary>One factor's contribution to one person's score: points and a plain-language reason (already localised).</summary>
public sealed record FactorContribution(int Points, string Explanation);

/// <summary>
/// One transparent ingredient of the flight-risk score. The score is the sum of every registered factor's points,
/// capped at 100; each contribution is shown with its reason. Register an implementation in DI
/// (<c>services.AddScoped&lt;IFlightRiskFactor, MyFactor&gt;()</c>) to add a factor from another module.
/// </summary>
public interface IFlightRiskFactor
{
    /// <summary>Stable identifier, e.g. "tenure".</summary>
    string Key { get; }
    /// <summary>Display name in the current UI language.</summary>
    string Name { get; }
    /// <summary>Most points this factor can add.</summary>
    int MaxPoints { get; }
    /// <summary>Points for each person in the context (people left out get 0).</summary>
    Task<IReadOnlyDictionary<int, FactorContribution>> EvaluateAsync(FlightRiskContext context, CancellationToken ct);
}

/// <summary>
/// Entity types owned by another module whose changes move a flight-risk factor's points (and so the stored coverage
/// index, which is computed from the scores). The module that registers the factor registers these too
/// (<c>services.AddSingleton(new FlightRiskInputs(typeof(MyEntity)))</c>); Knowledge marks its coverage stale when one
/// of them is saved, without knowing the other module's types.
/// </summary>
public sealed record FlightRiskInputs(params IReadOnlyCollection<Type> EntityTypes);
