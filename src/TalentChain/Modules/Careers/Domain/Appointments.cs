using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Domain;

/// <summary>聘任: nomination → committee review → public notice (公示) → effective.</summary>
public enum AppointmentStatus
{
    /// <summary>Nominated; the committee reviews and votes.</summary>
    InReview = 1,
    /// <summary>Approved by the committee; in public notice until <see cref="Appointment.NoticeEnds"/>.</summary>
    InNotice = 2,
    Effective = 3,
    Rejected = 4,
}

public sealed class Appointment : IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int LevelId { get; set; }
    public LadderLevel? Level { get; set; }
    /// <summary>The unit the place is in (and the person's unit once effective).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnitRef? OrgUnit { get; set; }
    public int PlanId { get; set; }
    public HeadcountPlan? Plan { get; set; }
    /// <summary>The reservation the appointment will consume, when the place was held for the person.</summary>
    public int? ReservationId { get; set; }
    public int CommitteeId { get; set; }
    public Committee? Committee { get; set; }
    public string Position { get; set; } = "";
    public AppointmentStatus Status { get; set; }
    public string Reason { get; set; } = "";
    public List<EvidenceType> Evidence { get; set; } = [];
    public string NominatedBy { get; set; } = "";
    public int? NominatedByEmployeeId { get; set; }
    public DateOnly NominatedOn { get; set; }
    /// <summary>The requirements not met at nomination, as shown then (en‖zh per line).</summary>
    public List<string> UnmetAtNomination { get; set; } = [];
    public int NoticeWorkingDays { get; set; }
    public DateOnly? NoticeStarts { get; set; }
    public DateOnly? NoticeEnds { get; set; }
    public bool NoticeProvisional { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }
    public List<AppointmentVote> Votes { get; } = [];
    public List<AppointmentObjection> Objections { get; } = [];
}

public sealed class AppointmentVote
{
    public int Id { get; set; }
    public int AppointmentId { get; set; }
    public int MemberEmployeeId { get; set; }
    public VoteChoice Choice { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CastAt { get; set; }
}

public sealed class AppointmentObjection
{
    public int Id { get; set; }
    public int AppointmentId { get; set; }
    public string Text { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public bool IsOpen => Resolution is null;
}
