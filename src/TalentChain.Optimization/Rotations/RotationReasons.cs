using System.Globalization;

namespace TalentChain.Optimization.Rotations;

/// <summary>
/// The English reason texts of unplaced participants. Each starts with a fixed lead so that a result file read back maps
/// to the same <see cref="UnplacedReason"/> (<see cref="RotationJson.ReasonCode"/>); the rest names the periods, units
/// or segments involved.
/// </summary>
internal static class RotationReasons
{
    public static readonly (UnplacedReason Code, string Lead)[] Leads =
    [
        (UnplacedReason.HorizonTooShort, "horizon too short:"),
        (UnplacedReason.TooFewHostUnits, "too few host units:"),
        (UnplacedReason.TooFewSegments, "too few segments:"),
        (UnplacedReason.NoCapacity, "no capacity left:"),
        (UnplacedReason.Outcompeted, "outcompeted:"),
    ];

    public static string HorizonTooShort(int rotations, int start, int periods) => Invariant(
        $"horizon too short: {rotations} rotations from period {start} need periods {start}–{start + rotations - 1}, but the last period is {periods}");

    public static string TooFewHostUnits(int rotations, string home, IReadOnlyList<string> open, int first, int last) => Invariant(
        $"too few host units: only {open.Count} host unit(s) other than the home unit {home} offer places in periods {first}–{last} ({List(open)}); {rotations} different units are needed");

    public static string TooFewSegments(int minSegments, string home, IReadOnlyList<string> segments, int first, int last) => Invariant(
        $"too few segments: the host units other than the home unit {home} that offer places in periods {first}–{last} cover {segments.Count} segment(s) ({List(segments)}); at least {minSegments} are required");

    public static string NoPlacesOffered(string home, IReadOnlyList<int> periods) => Invariant(
        $"no capacity left: no host unit other than the home unit {home} offers a place in period(s) {List(periods)}");

    public static string NoCombination(int rotations, int minSegments, int first, int last) => Invariant(
        $"no capacity left: the places offered in periods {first}–{last} do not allow {rotations} different host units covering {minSegments} segment(s)");

    public static string PeriodsFull(string home, IReadOnlyList<int> periods) => Invariant(
        $"no capacity left: every place in period(s) {List(periods)} is taken (host units other than the home unit {home})");

    public static string Outcompeted(string participant, int rotations, int minSegments, int first, int last, int tightPeriod, IReadOnlyList<string> openInTight) => Invariant(
        $"outcompeted: periods {first}–{last} still have places (period {tightPeriod}: {(openInTight.Count == 0 ? "none" : List(openInTight))}), but not {rotations} different host units covering {minSegments} segment(s); placing {participant} would take places from participants who would then be left out, which does not increase the number placed");

    private static string List<T>(IReadOnlyList<T> items) =>
        items.Count <= 8 ? string.Join(", ", items) : string.Join(", ", items.Take(8)) + $" and {items.Count - 8} more";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
