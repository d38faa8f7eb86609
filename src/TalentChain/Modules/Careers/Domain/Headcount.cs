using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Domain;

/// <summary>
/// Reserved headcount for one unit, track level and year. Filled + active reservations never exceed Planned. Every
/// change to the plan's places (a reservation, a fill) touches this row, so its <see cref="Version"/> makes two
/// concurrent reservations on the same plan conflict: one of them is retried against the new numbers or refused.
/// </summary>
public sealed class HeadcountPlan : IVersioned
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnitRef? OrgUnit { get; set; }
    public int LevelId { get; set; }
    public LadderLevel? Level { get; set; }
    public int Year { get; set; }
    public int Planned { get; set; }
    public int Filled { get; set; }
    /// <summary>When the places last changed (a reservation, release or fill); written so that the row's version moves.</summary>
    public DateTimeOffset ChangedAt { get; set; }
    public long Version { get; set; }
    public List<HeadcountReservation> Reservations { get; } = [];

    /// <summary>Reservations that still hold a place on <paramref name="today"/>.</summary>
    public int ReservedOn(DateOnly today) => Reservations.Count(r => r.HoldsOn(today));

    public int FreeOn(DateOnly today) => Planned - Filled - ReservedOn(today);
}

public enum ReservationStatus
{
    Active = 1,
    Consumed = 2,
    Released = 3,
}

/// <summary>A place held for a named program participant until a date (expired reservations stop counting).</summary>
public sealed class HeadcountReservation
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ParticipantId { get; set; }
    public ParticipantRef? Participant { get; set; }
    public DateOnly Until { get; set; }
    public ReservationStatus Status { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool HoldsOn(DateOnly today) => Status == ReservationStatus.Active && Until >= today;
}
