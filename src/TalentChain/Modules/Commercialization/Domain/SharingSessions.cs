using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>A knowledge-sharing session (成果转化经验分享会): speaker, time, place, topic, attendees, linked disclosures.</summary>
public class SharingSession : IVersioned
{
    public int Id { get; set; }
    public string Topic { get; set; } = "";
    public string? TopicZh { get; set; }
    public int SpeakerEmployeeId { get; set; }
    public EmployeeRef? Speaker { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Place { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }
    public List<SessionAttendee> Attendees { get; set; } = [];
    public List<SessionDisclosure> Disclosures { get; set; } = [];

    public string DisplayTopic(bool chinese) => UiCulture.Pick(Topic, TopicZh, chinese);
}

public class SessionAttendee
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public bool Attended { get; set; }
}

public class SessionDisclosure
{
    public int SessionId { get; set; }
    public int DisclosureId { get; set; }
}
