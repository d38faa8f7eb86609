using System.Security.Claims;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>
/// An entry another module puts on the training calendar (e.g. Commercialization's knowledge-sharing sessions): title in
/// the UI language, times, place, a link to its page, and the source's name as shown (e.g. "Knowledge-sharing sessions").
/// </summary>
public sealed record TrainingCalendarEntry(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string Link, string Source);

/// <summary>
/// Contributes entries to the training calendar (/training and GET /api/v1/training/calendar). Zero or more are
/// registered; each returns only what <paramref name="user"/> may see, starting in [from, until).
/// </summary>
public interface ITrainingCalendarEntries
{
    Task<IReadOnlyList<TrainingCalendarEntry>> UpcomingAsync(ClaimsPrincipal user, DateTimeOffset from, DateTimeOffset until, CancellationToken ct);
}
