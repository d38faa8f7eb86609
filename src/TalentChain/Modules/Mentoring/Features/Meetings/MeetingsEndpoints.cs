using Microsoft.AspNetCore.Http.HttpResults;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Modules.Mentoring.Features.Relationships;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.Mentoring.Features.Meetings;

public static class MeetingsEndpoints
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        var rel = api.MapGroup("/relationships/{id:int}");
        rel.MapPost("/meetings", async Task<Created<MeetingView>> (int id, MeetingInput input, HttpContext http, MeetingsHandler h, CancellationToken ct) =>
            {
                var m = await h.LogMeetingAsync(http.User, id, input, http.Actor(), ct);
                return TypedResults.Created($"/api/v1/program/mentoring/relationships/{id}", m);
            })
            .WithName("LogMentoringMeeting").WithSummary("Log a meeting (date, duration in minutes, topic, notes); the participant may rate it 1–5.").Validated();
        return api;
    }
}
