using System.Security.Claims;
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
public sealed class VolunteersHandler(TalentChainDbContext db, RoundLoader rounds, MentoringAccess access, IProgramAccess programs, IStringLocalizer<MentoringResource> t)
{
    /// <summary>A program manager of the round's program adds (or updates) a volunteer, named by <see cref="VolunteerInput.EmployeeId"/> (403 for anyone else).</summary>
    public async Task<VolunteerView> AddVolunteerAsync(ClaimsPrincipal user, int roundId, VolunteerInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireManageAsync(user, roundId, ct);
        if (input.EmployeeId is not { } employee) throw ValidationFailedException.For(t["Volunteer.Invalid"], nameof(input.EmployeeId), t["Volunteer.EmployeeRequired"]);
        return await VolunteerAsync(roundId, employee, input, actor, ct);
    }

    /// <summary>A mentor (or a program manager) volunteers themself; 403 for other roles and for accounts without an employee record.</summary>
    public async Task<VolunteerView> VolunteerMyselfAsync(ClaimsPrincipal user, int roundId, VolunteerInput input, string actor, CancellationToken ct = default)
    {
        if (!MentoringAccess.MayVolunteer(user) || await programs.ViewerEmployeeIdAsync(user, ct) is not { } me) throw new AccessDeniedException(t["Access.Volunteer"]);
        return await VolunteerAsync(roundId, me, input, actor, ct);
    }

    private async Task<VolunteerView> VolunteerAsync(int roundId, int employeeId, VolunteerInput input, string actor, CancellationToken ct)
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

    /// <summary>The caller withdraws themself (403 for an account without an employee record).</summary>
    public async Task WithdrawMyselfAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        if (await programs.ViewerEmployeeIdAsync(user, ct) is not { } me) throw new AccessDeniedException(t["Access.Volunteer"]);
        await WithdrawVolunteerAsync(user, roundId, me, ct);
    }

    /// <summary>A volunteer withdraws themself, or a program manager of the round's program withdraws them (403 for anyone else).</summary>
    public async Task WithdrawVolunteerAsync(ClaimsPrincipal user, int roundId, int employeeId, CancellationToken ct = default)
    {
        if (await programs.ViewerEmployeeIdAsync(user, ct) != employeeId) await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var v = round.Volunteers.FirstOrDefault(x => x.EmployeeId == employeeId) ?? throw new NotFoundException(t["Volunteer.NotFound"]);
        round.Volunteers.Remove(v);
        db.MentoringPairRules.RemoveRange(round.PairRules.Where(r => r.MentorEmployeeId == employeeId));
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }
}
