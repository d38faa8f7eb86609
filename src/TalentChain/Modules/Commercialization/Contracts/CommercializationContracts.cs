using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Commercialization.Contracts;

/// <summary>Invention facts per person and per segment (for talent reviews and insights). Facts only: callers decide who may see them.</summary>
public interface IInventionRecords
{
    Task<IReadOnlyDictionary<int, PersonInventions>> ForPeopleAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
    Task<IReadOnlyList<SegmentInventions>> BySegmentAsync(DateOnly first, DateOnly last, CancellationToken ct = default);
}

/// <summary>Submitted disclosures the person is an inventor of, the patent families from them, filings made and patents granted.</summary>
public sealed record PersonInventions(int EmployeeId, int Disclosures, int PatentFamilies, int PatentsFiled, int PatentsGranted);

/// <summary>Per segment, disclosures submitted, filings made and patents granted from the first to the last date (inclusive).</summary>
public sealed record SegmentInventions(ChainSegment Segment, int Disclosures, int PatentsFiled, int PatentsGranted);
