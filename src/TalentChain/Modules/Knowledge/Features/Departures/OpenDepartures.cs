using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.Departures;

/// <summary>Knowledge's answer to "who is leaving": departures not yet completed.</summary>
public sealed class OpenDepartures(TalentChainDbContext db) : IOpenDepartures
{
    public IQueryable<int> EmployeeIds() => db.Departures.Where(d => d.Status == DepartureStatus.Open).Select(d => d.EmployeeId);
}
