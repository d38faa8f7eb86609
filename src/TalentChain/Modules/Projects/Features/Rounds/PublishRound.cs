using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Data;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>
/// Publishing a round's proposal: a membership on each project and a plan activity of kind Project on each placed
/// participant's development plan (both keyed by the placement, so republishing updates rather than duplicates, and a
/// placement the new proposal no longer has is withdrawn); participants and their line managers are told. A proposal
/// that no longer fits the round (a role's seats cut, a participant who left) is refused with the reason. One
/// SaveChanges: all of it or nothing.
/// </summary>
public sealed class PublishRound(TalentChainDbContext db, ProjectsAccess access, RoundModels models, RoundsHandler rounds, IPlanActivities plans, INotifier notifier,
    ProjectsText text, TimeProvider clock)
{
    public async Task<RoundDetail> HandleAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var L = text.L;
        await access.RequireManageRoundAsync(user, id, ct);
        var round = await models.LoadRoundAsync(id, tracking: true, ct);
        if (round.Status == RoundStatus.Cancelled) throw ValidationFailedException.For(L["Publish.Refused"], "status", L["Round.Cancelled"]);
        if (round.SolvedAt is null) throw ValidationFailedException.For(L["Publish.Refused"], "proposal", L["Publish.NoProposal"]);
        var model = await models.BuildAsync(round, ct);

        var errors = new FieldErrors();
        foreach (var a in round.Assignments)
        {
            if (!model.People.TryGetValue(a.ParticipantId, out var person))
                errors.Add("proposal", L["Publish.ParticipantLeftRound", a.ParticipantId]);
            else if (person.Status != ParticipantStatus.Selected)
                errors.Add("proposal", L["Publish.ParticipantLeft", ProjectsText.Person(person.Employee), text.Enum(person.Status)]);
            if (!model.Roles.ContainsKey(a.RoleId)) errors.Add("proposal", L["Publish.RoleLeftRound", a.RoleId]);
        }
        foreach (var g in round.Assignments.GroupBy(a => a.RoleId).Where(g => model.Roles.ContainsKey(g.Key)))
        {
            var role = model.Roles[g.Key].Role!;
            if (g.Count() > role.Seats) errors.Add("proposal", L["Publish.SeatsChanged", role.DisplayTitle(ProjectsText.Chinese), role.Seats, g.Count()]);
        }
        errors.ThrowIfAny(L["Publish.Stale"]);

        var now = clock.GetUtcNow();
        var actor = user.Identity?.Name ?? "";
        var existing = await db.ProjectMemberships.Where(m => m.RoundId == id).ToListAsync(ct);
        var keep = new HashSet<Guid>();
        var added = new List<(RoundPerson Person, ProjectRole Role)>();
        foreach (var a in round.Assignments)
        {
            var person = model.People[a.ParticipantId];
            var role = model.Roles[a.RoleId].Role!;
            var key = RoundAssignment.Key(id, a.ParticipantId, a.RoleId);
            keep.Add(key);
            if (existing.FirstOrDefault(m => m.PlacementKey == key) is { } m)
                (m.From, m.To) = (role.StartDate, role.EndDate);
            else
            {
                db.ProjectMemberships.Add(new ProjectMembership
                {
                    ProjectId = role.ProjectId, RoleId = role.Id, EmployeeId = person.EmployeeId, From = role.StartDate, To = role.EndDate,
                    Source = MembershipSource.Placement, RoundId = id, PlacementKey = key, CreatedAt = now, CreatedBy = actor,
                });
                added.Add((person, role));
            }
            var title = $"{role.Project!.DisplayTitle(ProjectsText.Chinese)} · {role.DisplayTitle(ProjectsText.Chinese)}";
            await plans.ContributeAsync(a.ParticipantId, new ContributedActivity(key, ContributedActivityKind.Project, title, role.StartDate, role.EndDate,
                L["Publish.PlanReason", round.Name]), ct);
        }
        // Placements the new proposal no longer has: the membership goes and the plan activity is dropped.
        foreach (var gone in existing.Where(m => m.PlacementKey is { } k && !keep.Contains(k)))
        {
            db.ProjectMemberships.Remove(gone);
            var participant = round.Participants.Select(p => p.ParticipantId).FirstOrDefault(pid => model.People.TryGetValue(pid, out var p) && p.EmployeeId == gone.EmployeeId);
            if (participant != 0) await plans.DropAsync(participant, gone.PlacementKey!.Value, L["Publish.PlanWithdrawn", round.Name], ct);
        }

        foreach (var (person, role) in added)
        {
            var project = $"{role.Project!.Title}{(role.Project.TitleZh is { Length: > 0 } zh ? $"（{zh}）" : "")}";
            var roleName = $"{role.Title}{(role.TitleZh is { Length: > 0 } rz ? $"（{rz}）" : "")}";
            object?[] args = [project, roleName, UiCulture.Iso(role.StartDate), UiCulture.Iso(role.EndDate), person.Employee.FullName];
            var link = $"/projects/{role.ProjectId}";
            var dedup = string.Create(CultureInfo.InvariantCulture, $"projects:placed:{id}:{person.ParticipantId}:{role.Id}");
            await notifier.NotifyEmployeeAsync<ProjectsResource>(person.EmployeeId, "Notify.Placed.Subject", "Notify.Placed.Body", args, link, dedup, ct);
            if (person.Employee.ManagerId is { } manager)
                await notifier.NotifyEmployeeAsync<ProjectsResource>(manager, "Notify.PlacedManager.Subject", "Notify.PlacedManager.Body", args, link, dedup + ":manager", ct);
        }

        round.Status = RoundStatus.Published;
        round.PublishedAt = now;
        round.PublishedBy = actor;
        db.RecordAuditEvent("PlacementRound", id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["action"] = "publish", ["by"] = actor,
            ["placements"] = round.Assignments.Count.ToString(CultureInfo.InvariantCulture), ["added"] = added.Count.ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
        return await rounds.DetailUncheckedAsync(user, id, ct);
    }
}
