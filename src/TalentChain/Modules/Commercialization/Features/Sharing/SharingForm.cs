namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>The pages' session form: date and times in China Standard Time (UTC+8), as the enterprise works.</summary>
public sealed class SharingForm
{
    public string? Topic { get; set; }
    public string? TopicZh { get; set; }
    public string? Speaker { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public string? Place { get; set; }
    public List<int> Disclosures { get; set; } = [];
    public long? Version { get; set; }

    private DateTimeOffset? At(TimeOnly? time) => Date is { } d && time is { } t ? new DateTimeOffset(d.ToDateTime(t), SiteTime.Offset) : null;

    public SharingInput ToInput() => new(Topic, TopicZh, Speaker, At(From), At(To), Place, Disclosures, Version);

    public static SharingForm Of(SharingView v)
    {
        var start = v.StartsAt.ToOffset(SiteTime.Offset);
        var end = v.EndsAt.ToOffset(SiteTime.Offset);
        return new SharingForm
        {
            Topic = v.TopicEn, TopicZh = v.TopicZh, Speaker = v.SpeakerNumber, Date = DateOnly.FromDateTime(start.DateTime), From = TimeOnly.FromDateTime(start.DateTime),
            To = TimeOnly.FromDateTime(end.DateTime), Place = v.Place, Disclosures = [.. v.Disclosures.Select(d => d.Id)], Version = v.Version,
        };
    }
}
