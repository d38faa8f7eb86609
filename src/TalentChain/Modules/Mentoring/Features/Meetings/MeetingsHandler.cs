using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;
using TalentChain.Modules.Mentoring.Features.Relationships;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Meetings;

public sealed record MeetingInput(DateOnly? Date, int? DurationMinutes, string? Topic, string? Notes, int? Rating);

/// <summary>Meeting logs of a relationship: the mentor or the participant records them; only the participant rates.</summary>
public sealed class MeetingsHandler(TalentChainDbContext db, TimeProvider clock, RelationshipsHandler relationships, IStringLocalizer<MentoringResource> t)
{
    private DateOnly Today => clock.Today();

    /// <summary>The mentor, the participant or a program manager logs a meeting (403 for anyone else).</summary>
    public async Task<MeetingView> LogMeetingAsync(ClaimsPrincipal user, int id, MeetingInput input, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var caller = await relationships.RequireAsync(user, id, r => r.CanLog, ct);
        var a = await db.MentorAssignmentRefs.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Relationship.NotFound", id]);
        var errors = new FieldErrors();
        var topic = MentoringText.Blank(input.Topic);
        if (input.Date is not { } date) errors.Add(nameof(input.Date), t["Meeting.DateRequired"]);
        else if (date > Today) errors.Add(nameof(input.Date), t["Meeting.Future"]);
        else if (date < a.From || (a.To is { } to && date > to)) errors.Add(nameof(input.Date), t["Meeting.OutsideRelationship", MentoringText.Date(a.From), a.To is { } x ? MentoringText.Date(x) : "—"]);
        if (input.DurationMinutes is not (>= 5 and <= 480)) errors.Add(nameof(input.DurationMinutes), t["Meeting.Duration", 5, 480]);
        if (topic is null) errors.Add(nameof(input.Topic), t["Meeting.TopicRequired"]);
        else if (topic.Length > 300) errors.Add(nameof(input.Topic), t["Common.TooLong", 300]);
        if (input.Notes?.Length > 4000) errors.Add(nameof(input.Notes), t["Common.TooLong", 4000]);
        if (input.Rating is { } rating && (rating is < 1 or > 5 || !caller.Participant)) errors.Add(nameof(input.Rating), caller.Participant ? t["Rating.Range"] : t["Rating.ParticipantOnly"]);
        errors.ThrowIfAny(t["Meeting.Invalid"]);
        var m = new MentoringMeeting
        {
            MentorAssignmentId = id, Date = input.Date!.Value, DurationMinutes = input.DurationMinutes!.Value, Topic = topic!, Notes = MentoringText.Blank(input.Notes),
            Rating = input.Rating, RecordedBy = actor, RecordedAt = clock.GetUtcNow(),
        };
        db.MentoringMeetings.Add(m);
        await db.SaveChangesAsync(ct);
        return new MeetingView(m.Id, m.Date, m.DurationMinutes, m.Topic, m.Notes, m.Rating, m.RecordedBy);
    }
}
