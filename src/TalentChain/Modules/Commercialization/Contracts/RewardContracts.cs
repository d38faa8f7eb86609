using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Commercialization.Contracts;

/// <summary>A person's conversion rewards: how many rewards they share in and what has been paid to them (CNY).</summary>
public sealed record PersonRewards(int EmployeeId, int Rewards, decimal PaidCny);

/// <summary>Conversion per industrial-chain segment in a period: deals signed, net income, rewards paid (CNY).</summary>
public sealed record SegmentConversion(ChainSegment Segment, int Deals, decimal NetIncomeCny, decimal RewardsPaidCny);

/// <summary>Conversion rewards for other modules (cohort outcomes, the chain view). Facts only: callers decide who may see amounts.</summary>
public interface IConversionRewards
{
    Task<IReadOnlyDictionary<int, PersonRewards>> ForPeopleAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Parameter names fixed by the issue-16 contract (contracts-16.md).")]
    Task<IReadOnlyList<SegmentConversion>> BySegmentAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
