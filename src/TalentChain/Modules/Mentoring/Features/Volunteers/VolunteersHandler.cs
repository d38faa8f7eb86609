using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Volunteers;

public sealed record VolunteerInput(int? EmployeeId, int Technical, int Career, int Peer, int Total);
public sealed record VolunteerView(int Id, int EmployeeId, string EmployeeNumber, string Name, string Unit, int Technical, int Career, int Peer, int Total, int Assigned);

/// <summary>Volunteer mentors of a round with their places per role and in total; withdrawing takes their pins and forbids too.</summary>
public sealed class VolunteersHandler(TalentChainDbContext db, RoundLoader rounds, IStringLocalizer<MentoringResource> t)
{
    public async Task<VolunteerView> VolunteerAsync(int roundId, int employeeId, VolunteerInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await rounds.RoundAsync(roundId, ct);
        var errors = new FieldErrors();
        foreach (var (name, value) in new[] { (nameof(input.Technical), input.Technical), (nameof(input.Career), input.Career), (nameof(input.Peer), input.Peer), (nameof(input.Total), input.Total) })
            if (value is < 0 or > 20) errors.Add(name, t["Volunteer.Capacity", 0, 20]);
        if (input.Total < 1) errors.Add(nameof(input.Total), t["Volunteer.TotalMin"]);
        if (input.Technical + input.Career + input.Peer < 1) errors.Add(nameof(input.Technical), t["Volunteer.NoRole"]);
        var e = await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(x => x.Id == employeeId, ct);
        if (e is null || e.Status != EmployeeStatus.Active) errors.Add(nameof(input.EmployeeId), t["Round.UnknownEmployee", employeeId]);
        errors.ThrowIfAny(t["Volunteer.Invalid"]);
        var v = round.Volunteers.FirstOrDefault(x => x.EmployeeId == employeeId);
        if (v is null)
        {
            v = new MentoringVolunteer { EmployeeId = employeeId, AddedBy = actor };
            round.Volunteers.Add(v);
        }
        (v.Technical, v.Career, v.Peer, v.Total) = (input.Technical, input.Career, input.Peer, input.Total);
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
        return new VolunteerView(v.Id, employeeId, e!.EmployeeNumber, MentoringText.Person(e), "", v.Technical, v.Career, v.Peer, v.Total, 0);
    }

    public async Task WithdrawVolunteerAsync(int roundId, int employeeId, CancellationToken ct = default)
    {
        var round = await rounds.RoundAsync(roundId, ct);
        var v = round.Volunteers.FirstOrDefault(x => x.EmployeeId == employeeId) ?? throw new NotFoundException(t["Volunteer.NotFound"]);
        round.Volunteers.Remove(v);
        db.MentoringPairRules.RemoveRange(round.PairRules.Where(r => r.MentorEmployeeId == employeeId));
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }
}
