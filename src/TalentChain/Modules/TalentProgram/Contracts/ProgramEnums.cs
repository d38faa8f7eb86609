namespace TalentChain.Modules.TalentProgram.Contracts;

public enum ParticipantStatus
{
    Nominated = 1,
    UnderReview = 2,
    Selected = 3,
    Rejected = 4,
    Withdrawn = 5,
    Completed = 6,
}

public enum MentorRole
{
    Technical = 1,
    Career = 2,
    Peer = 3,
}

/// <summary>Why a mentor assignment ended.</summary>
public enum MentorEndReason
{
    Completed = 1,
    RematchRequested = 2,
    MentorDeparted = 3,
    Replaced = 4,
}
