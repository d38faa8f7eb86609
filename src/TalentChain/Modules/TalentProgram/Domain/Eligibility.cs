
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>Why an employee may not be nominated: a resource key (under "Eligibility.") and its arguments.</summary>
public sealed record IneligibleReason(string Key, object?[] Args);

public sealed record EmployeeFacts(CareerTrack Track, ProfessionalTitle Title, DateOnly HireDate, DateOnly? BirthDate, ChainSegment Segment, EmployeeStatus Status);

/// <summary>The program's eligibility rules applied to one person.</summary>
public static class Eligibility
{
    public static List<IneligibleReason> Check(DevelopmentProgram program, EmployeeFacts e, DateOnly today)
    {
        var reasons = new List<IneligibleReason>();
        if (e.Status != EmployeeStatus.Active) reasons.Add(new("Departed", []));
        if (program.EligibleTracks.Count > 0 && !program.EligibleTracks.Contains(e.Track)) reasons.Add(new("Track", [e.Track]));
        if (program.EligibleSegments.Count > 0 && !program.EligibleSegments.Contains(e.Segment)) reasons.Add(new("Segment", [e.Segment]));
        if (program.MinTitle is { } minTitle && e.Title < minTitle) reasons.Add(new("Title", [minTitle]));
        if (program.MinTenureYears is { } years && YearsBetween(e.HireDate, today) < years) reasons.Add(new("Tenure", [years, YearsBetween(e.HireDate, today)]));
        if (program.MinAge is not null || program.MaxAge is not null)
        {
            if (e.BirthDate is not { } birth) reasons.Add(new("AgeUnknown", []));
            else
            {
                var age = YearsBetween(birth, today);
                if (program.MinAge is { } min && age < min) reasons.Add(new("TooYoung", [min, age]));
                if (program.MaxAge is { } max && age > max) reasons.Add(new("TooOld", [max, age]));
            }
        }
        return reasons;
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/> (an age, a tenure).</summary>
    public static int YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return Math.Max(years, 0);
    }
}
