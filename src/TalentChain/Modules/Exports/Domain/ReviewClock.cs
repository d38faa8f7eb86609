namespace TalentChain.Modules.Exports.Domain;

/// <summary>Where an application's review clock stands on a date.</summary>
public sealed record ReviewClockState(DateOnly? Deadline, int WorkingDaysAllowed, int Elapsed, int Remaining, bool Stopped);

/// <summary>
/// The review deadline: N working days from acceptance (working day 1 is the first working day after the acceptance
/// date), adjusted by supplementary-information requests according to each request's clock policy:
/// <list type="bullet">
/// <item>Continue — the clock runs on; the request changes nothing.</item>
/// <item>Pause — the working days after the request date up to and including the date the information was provided do not count (the deadline moves out by that many working days); while unanswered, the clock is stopped.</item>
/// <item>Restart — counting starts again from the date the information was provided (earlier pauses are discarded); while unanswered, the clock is stopped.</item>
/// </list>
/// </summary>
public static class ReviewClock
{
    public static ReviewClockState Compute(WorkingCalendar calendar, DateOnly acceptedOn, int workingDays,
        IEnumerable<(DateOnly RequestedOn, DateOnly? ProvidedOn, SupplementClockPolicy Policy)> supplements, DateOnly asOf)
    {
        var start = acceptedOn;
        var extra = 0;
        foreach (var s in supplements.OrderBy(s => s.RequestedOn))
        {
            if (s.Policy == SupplementClockPolicy.Continue) continue;
            if (s.ProvidedOn is not { } provided || provided > asOf)
            {
                // Stopped: count what ran until the request.
                var ran = calendar.WorkingDaysBetween(start, s.RequestedOn) - extra;
                return new ReviewClockState(null, workingDays, ran, workingDays - ran, true);
            }
            if (s.Policy == SupplementClockPolicy.Pause) extra += calendar.WorkingDaysBetween(s.RequestedOn, provided);
            else
            {
                start = provided;
                extra = 0;
            }
        }
        var deadline = calendar.AddWorkingDays(start, workingDays + extra);
        var remaining = asOf < deadline ? calendar.WorkingDaysBetween(asOf, deadline) : -calendar.WorkingDaysBetween(deadline, asOf);
        return new ReviewClockState(deadline, workingDays, workingDays - remaining, remaining, false);
    }
}
