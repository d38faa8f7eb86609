using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;
using TalentChain.Modules.Mentoring.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Mentoring;

public sealed record MyRoundView(int RoundId, string Name, string CohortName, bool Volunteered, int Technical, int Career, int Peer, int Total, bool Participant, int? ParticipantId, List<int> PreferredMentorIds);
public sealed record MyMentoringView(int? EmployeeId, List<RelationshipView> AsMentor, List<RelationshipView> AsParticipant, List<MyRoundView> OpenRounds)
{
    /// <summary>The caller's own slots on the waitlist (as a participant), with the reason.</summary>
    public List<WaitlistView> Waiting { get; init; } = [];
}

/// <summary>Who may do what with a round (record level: the program the round belongs to).</summary>
public sealed class MentoringAccess(IProgramAccess access, MentoringRoundHandlers rounds, IStringLocalizer<MentoringResource> t)
{
    /// <summary>Program managers of the round's program (and administrators) manage it.</summary>
    public async Task RequireManageAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        var program = await rounds.ProgramOfRoundAsync(roundId, ct) ?? throw new NotFoundException(t["Round.NotFound", roundId]);
        if (!await access.ManagesProgramAsync(user, program, ct)) throw new AccessDeniedException(t["Access.Round"]);
    }

    /// <summary>Managers of the program and executives (read only) see a whole round.</summary>
    public async Task<bool> RequireReadAsync(ClaimsPrincipal user, int roundId, CancellationToken ct)
    {
        var program = await rounds.ProgramOfRoundAsync(roundId, ct) ?? throw new NotFoundException(t["Round.NotFound", roundId]);
        if (await access.ManagesProgramAsync(user, program, ct)) return true;
        if (user.IsInRole(Roles.Executive)) return false;
        throw new AccessDeniedException(t["Access.Round"]);
    }

    public static bool MayVolunteer(ClaimsPrincipal user) => user.IsInRole(Roles.Mentor) || ProgramPolicies.IsManager(user);
}

public static class MentoringEndpoints
{
    public static IEndpointRouteBuilder MapMentoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MentoringGroup();

        api.MapGet("/me", async Task<Ok<MyMentoringView>> (ClaimsPrincipal user, MentoringMe me, CancellationToken ct) => TypedResults.Ok(await me.GetAsync(user, ct)))
            .WithName("GetMyMentoring").WithSummary("The caller's mentoring: relationships as mentor and as participant (with meeting logs), and the open rounds they volunteer in or take part in.");

        api.MapGet("/rounds", async Task<Ok<List<RoundSummary>>> (int? cohortId, bool? open, ClaimsPrincipal user, MentoringRoundHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(cohortId, openOnly: open == true || !(ProgramPolicies.IsManager(user) || user.IsInRole(Roles.Executive)), ct)))
            .WithName("ListMentoringRounds").WithSummary("Matching rounds (?cohortId=, ?open=true). Mentors and participants see the open rounds only.");

        api.MapPost("/rounds", async Task<Created<RoundSummary>> (OpenRoundInput input, HttpContext http, IProgramAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                if (input.CohortId is { } c) await access.RequireManagesAsync(http.User, ProgramScope.Cohort, c, ct);
                var round = await h.OpenAsync(input, http.Actor(), ct);
                return TypedResults.Created($"/api/v1/program/mentoring/rounds/{round.Id}", round);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("OpenMentoringRound")
            .WithSummary("Open a round for a cohort: kind Initial (its active participants, for the roles they have no mentor in) or Rematch (its waitlisted slots, against the earlier volunteers' remaining places).").Validated();

        var round = api.MapGroup("/rounds/{id:int}");
        round.MapGet("/", async Task<Ok<RoundDetail>> (int id, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.Ok(await h.GetAsync(id, ct));
            })
            .WithName("GetMentoringRound").WithSummary("A round: participants (roles, focus skill, preferences), volunteers, pins/forbids, the proposal with each pair's score broken down by criterion, the cohort's waitlist. Program managers; executives read.").Validated();

        round.MapGet("/participants/{participantId:int}/eligibility", async Task<Ok<EligibilityView>> (int id, int participantId, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return TypedResults.Ok(await h.EligibilityAsync(id, participantId, ct));
            })
            .WithName("GetMentoringEligibility").WithSummary("For one participant: every volunteer and role, eligible with the score breakdown, or the precise reasons not (localised).").Validated();

        round.MapPost("/participants", async Task<NoContent> (int id, AddParticipantInput input, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.AddParticipantAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringRoundParticipant").WithSummary("Add an active participant of the cohort to the round (all three roles).").Validated();

        round.MapPut("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, RoundParticipantInput input, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.UpdateParticipantAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateMentoringRoundParticipant").WithSummary("Roles to fill, focus-skill override (taxonomy code; \"\" clears) and preferred mentors of a participant in the round.").Validated();

        round.MapDelete("/participants/{participantId:int}", async Task<NoContent> (int id, int participantId, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.RemoveParticipantAsync(id, participantId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveMentoringRoundParticipant").WithSummary("Take a participant out of the round.").Validated();

        round.MapPut("/participants/{participantId:int}/preferences", async Task<NoContent> (int id, int participantId, PreferencesInput input, ClaimsPrincipal user, IProgramAccess programs, MentoringAccess access, MentoringRoundHandlers h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                var relation = await programs.RelationAsync(user, participantId, ct);
                if (!relation.Self) await access.RequireManageAsync(user, id, ct);
                await h.SetPreferencesAsync(id, participantId, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetMentoringPreferences").WithSummary("A participant names up to five preferred mentors (employee ids) for a round they are in; a score criterion.").Validated();

        round.MapPost("/volunteers", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, MentoringAccess access, MentoringRoundHandlers h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                await access.RequireManageAsync(http.User, id, ct);
                if (input.EmployeeId is not { } employee) throw ValidationFailedException.For(t["Volunteer.Invalid"], nameof(input.EmployeeId), t["Volunteer.EmployeeRequired"]);
                return TypedResults.Ok(await h.VolunteerAsync(id, employee, input, http.Actor(), ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("AddMentoringVolunteer").WithSummary("A program manager adds (or updates) a volunteer mentor with places per role and in total.").Validated();

        round.MapPut("/volunteers/me", async Task<Ok<VolunteerView>> (int id, VolunteerInput input, HttpContext http, IProgramAccess programs, MentoringRoundHandlers h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                if (!MentoringAccess.MayVolunteer(http.User) || await programs.ViewerEmployeeIdAsync(http.User, ct) is not { } me) throw new AccessDeniedException(t["Access.Volunteer"]);
                return TypedResults.Ok(await h.VolunteerAsync(id, me, input, http.Actor(), ct));
            })
            .WithName("VolunteerAsMentor").WithSummary("A mentor volunteers themself for an open round (or changes their places).").Validated();

        round.MapDelete("/volunteers/{employeeId:int}", async Task<NoContent> (int id, int employeeId, ClaimsPrincipal user, IProgramAccess programs, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                if (await programs.ViewerEmployeeIdAsync(user, ct) != employeeId) await access.RequireManageAsync(user, id, ct);
                await h.WithdrawVolunteerAsync(id, employeeId, ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawMentoringVolunteer").WithSummary("Withdraw a volunteer (themself, or a program manager); their pins and forbids go too.").Validated();

        round.MapPost("/pairs", async Task<Ok<PairRuleView>> (int id, PairRuleInput input, HttpContext http, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(http.User, id, ct);
                return TypedResults.Ok(await h.SetPairRuleAsync(id, input, http.Actor(), ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SetMentoringPairRule")
            .WithSummary("Pin (participant, mentor, role) into every solution — it must be eligible and fit the mentor's places — or forbid the pair (one role, or every role without a role).").Validated();

        round.MapDelete("/pairs/{ruleId:int}", async Task<NoContent> (int id, int ruleId, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.RemovePairRuleAsync(id, ruleId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("RemoveMentoringPairRule").WithSummary("Remove a pin or forbid.").Validated();

        round.MapPost("/solve", async Task<Accepted<SolveStarted>> (int id, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                var started = await h.StartSolveAsync(id, ct);
                return TypedResults.Accepted(started.StatusUrl, started);
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("SolveMentoringRound")
            .WithSummary("Solve the round as a background job (watch and cancel it at /api/v1/jobs/{jobId}). Only a succeeded run replaces the proposal.").Validated();

        round.MapGet("/job", async Task<Results<Ok<JobView>, NoContent>> (int id, ClaimsPrincipal user, MentoringAccess access, JobStatusHandlers jobs, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return await jobs.LatestAsync(MentoringRoundHandlers.Subject(id), ct) is { } job ? TypedResults.Ok(job) : TypedResults.NoContent();
            })
            .WithName("GetMentoringRoundJob").WithSummary("The round's latest solver run: status, phase, best and bound so far, gap.").Validated();

        round.MapGet("/instance", async Task<IResult> (int id, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(await h.ExportInstanceAsync(id, ct)), "application/json", "round.json");
            })
            .WithName("ExportMentoringInstance").WithSummary("The round as an instance file (round.json, interchange format of docs/optimization/mentoring.md; ids are employee numbers; pins are not part of the format).")
            .Produces<string>(StatusCodes.Status200OK, "application/json").Validated();

        round.MapPut("/instance", async Task<NoContent> (int id, HttpRequest request, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.ImportInstanceAsync(id, await request.BodyAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).Accepts<object>("application/json").WithName("ImportMentoringInstance")
            .WithSummary("Import an instance file: it replaces the round's candidate triples and the volunteers' capacities (and clears the proposal). Refused with the offending entry named; nothing changes then.").Validated();

        round.MapDelete("/instance", async Task<NoContent> (int id, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.ClearImportedInstanceAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("ClearMentoringInstance").WithSummary("Drop an imported instance: candidates are computed from the rules again.").Validated();

        round.MapGet("/result", async Task<IResult> (int id, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, IStringLocalizer<MentoringResource> t, CancellationToken ct) =>
            {
                await access.RequireReadAsync(user, id, ct);
                return await h.ExportResultAsync(id, ct) is { } json
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "result.json")
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Publish.NoProposal"]);
            })
            .WithName("ExportMentoringResult").WithSummary("The current proposal as a result file (result.json, interchange format).")
            .Produces<string>(StatusCodes.Status200OK, "application/json").Validated();

        round.MapPut("/result", async Task<NoContent> (int id, HttpRequest request, ClaimsPrincipal user, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(user, id, ct);
                await h.ImportResultAsync(id, await request.BodyAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ProgramPolicies.Manage).Accepts<object>("application/json").WithName("ImportMentoringResult")
            .WithSummary("Import a result file as the proposal: checked for feasibility against the round's instance and pins; refused with the offending entry named.").Validated();

        round.MapPost("/publish", async Task<Ok<PublishOutcome>> (int id, long? version, HttpContext http, MentoringAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManageAsync(http.User, id, ct);
                return TypedResults.Ok(await h.PublishAsync(id, version, http.Actor(), ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("PublishMentoringRound")
            .WithSummary("Publish the proposal: mentor assignments, notices to participants and mentors, unfilled slots on the waitlist with the reason.").Validated();

        api.MapGet("/cohorts/{cohortId:int}/waitlist", async Task<Ok<List<WaitlistView>>> (int cohortId, ClaimsPrincipal user, IProgramAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                if (!user.IsInRole(Roles.Executive)) await access.RequireManagesAsync(user, ProgramScope.Cohort, cohortId, ct);
                return TypedResults.Ok(await h.WaitlistAsync(cohortId, ct));
            })
            .RequireAuthorization(ProgramPolicies.Dashboard).WithName("GetMentoringWaitlist").WithSummary("A cohort's open waitlist: unfilled (participant, role) slots with the reason.").Validated();

        api.MapGet("/programs/{programId:int}/rules", async Task<Ok<RulesView>> (int programId, MentoringRoundHandlers h, CancellationToken ct) => TypedResults.Ok(await h.GetRulesAsync(programId, ct)))
            .RequireAuthorization(ProgramPolicies.Dashboard).WithName("GetMentoringRules").WithSummary("A program's matching rules and score weights.").Validated();

        api.MapPut("/programs/{programId:int}/rules", async Task<Ok<RulesView>> (int programId, RulesInput input, ClaimsPrincipal user, IProgramAccess access, MentoringRoundHandlers h, CancellationToken ct) =>
            {
                await access.RequireManagesAsync(user, ProgramScope.Program, programId, ct);
                return TypedResults.Ok(await h.UpdateRulesAsync(programId, input, ct));
            })
            .RequireAuthorization(ProgramPolicies.Manage).WithName("UpdateMentoringRules")
            .WithSummary("Change a program's matching rules (management chain, technical level, career unit, peer tenure band / grade / title) and integer score weights.").Validated();

        var rel = api.MapGroup("/relationships/{id:int}");
        rel.MapGet("/", async Task<Ok<RelationshipView>> (int id, ClaimsPrincipal user, RelationshipHandlers h, CancellationToken ct) =>
            {
                await h.RequireAsync(user, id, r => r.CanSee, ct);
                return TypedResults.Ok(await h.GetAsync(id, ct));
            })
            .WithName("GetMentoringRelationship").WithSummary("A mentoring relationship with its meeting log: the mentor, the participant, program managers; executives read.").Validated();

        rel.MapPost("/meetings", async Task<Created<MeetingView>> (int id, MeetingInput input, HttpContext http, RelationshipHandlers h, CancellationToken ct) =>
            {
                var caller = await h.RequireAsync(http.User, id, r => r.CanLog, ct);
                var m = await h.LogMeetingAsync(id, input, caller, http.Actor(), ct);
                return TypedResults.Created($"/api/v1/program/mentoring/relationships/{id}", m);
            })
            .WithName("LogMentoringMeeting").WithSummary("Log a meeting (date, duration in minutes, topic, notes); the participant may rate it 1–5.").Validated();

        rel.MapPost("/complete", async Task<NoContent> (int id, CompleteInput input, ClaimsPrincipal user, RelationshipHandlers h, CancellationToken ct) =>
            {
                var caller = await h.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
                await h.CompleteAsync(id, input, caller, ct);
                return TypedResults.NoContent();
            })
            .WithName("CompleteMentoringRelationship").WithSummary("Complete the relationship (participant or program manager); the participant's optional rating 1–5 feeds the mentor's rating history.").Validated();

        rel.MapPost("/rematch", async Task<NoContent> (int id, RematchInput input, ClaimsPrincipal user, RelationshipHandlers h, CancellationToken ct) =>
            {
                await h.RequireAsync(user, id, r => r.Participant || r.Manager, ct);
                await h.RequestRematchAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("RequestMentoringRematch").WithSummary("Ask for another mentor with a reason (participant or program manager): the relationship ends and the slot goes to the waitlist.").Validated();
        return app;
    }
}

/// <summary>The caller's own mentoring (relationships and open rounds), for the page and the API.</summary>
public sealed class MentoringMe(Platform.Data.TalentChainDbContext db, IProgramAccess access, RelationshipHandlers relationships, MentoringRoundHandlers rounds)
{
    public async Task<MyMentoringView> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = await access.ViewerEmployeeIdAsync(user, ct);
        var (asMentor, asParticipant) = await relationships.MineAsync(me, ct);
        var open = new List<MyRoundView>();
        if (me is { } v)
        {
            var rounds = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.MentoringRounds.Where(r => r.Status == MentoringRoundStatus.Open).OrderBy(r => r.Id)
                    .Select(r => new
                    {
                        r.Id, r.Name, Cohort = r.Cohort!.Name,
                        Volunteer = r.Volunteers.FirstOrDefault(x => x.EmployeeId == v),
                        Mine = r.Participants.FirstOrDefault(x => x.Participant!.EmployeeId == v),
                    }), ct);
            foreach (var r in rounds.Where(r => r.Volunteer is not null || r.Mine is not null || MentoringAccess.MayVolunteer(user)))
                open.Add(new MyRoundView(r.Id, r.Name, r.Cohort, r.Volunteer is not null, r.Volunteer?.Technical ?? 0, r.Volunteer?.Career ?? 0, r.Volunteer?.Peer ?? 0, r.Volunteer?.Total ?? 0,
                    r.Mine is not null, r.Mine?.ParticipantId, r.Mine?.PreferredMentorIds ?? []));
        }
        var waiting = new List<WaitlistView>();
        if (me is { } self)
        {
            var entries = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                WaitlistOf(db).Where(w => w.FilledOn == null && w.Participant!.EmployeeId == self && w.Participant.Status == ParticipantStatus.Selected).OrderBy(w => w.Id), ct);
            waiting.AddRange(entries.Select(rounds.WaitView));
        }
        return new MyMentoringView(me, asMentor, asParticipant, open) { Waiting = waiting };
    }

    private static IQueryable<MentoringWaitlistEntry> WaitlistOf(Platform.Data.TalentChainDbContext db) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ThenInclude(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.MentoringWaitlist), w => w.Participant), p => p!.Employee);
}
