using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Domain;

/// <summary>An annual call for title applications (职称评审) in one series.</summary>
public sealed class TitleCall : IVersioned
{
    public int Id { get; set; }
    public int LadderId { get; set; }
    public CareerLadder? Ladder { get; set; }
    public int Year { get; set; }
    public DateOnly Deadline { get; set; }
    /// <summary>Pass rule: approvals × <see cref="PassDenominator"/> ≥ <see cref="PassNumerator"/> × members voting (e.g. 2/3).</summary>
    public int PassNumerator { get; set; } = 2;
    public int PassDenominator { get; set; } = 3;
    public int CommitteeId { get; set; }
    public Committee? Committee { get; set; }
    public int NoticeWorkingDays { get; set; } = 5;
    public long Version { get; set; }

    public bool Passes(int approvals, int voting) => voting > 0 && approvals * PassDenominator >= PassNumerator * voting;
}

public enum TitleApplicationStatus
{
    Draft = 1,
    Submitted = 2,
    /// <summary>The unit recommended it; with the committee for scores and votes.</summary>
    InReview = 3,
    InNotice = 4,
    Granted = 5,
    NotPassed = 6,
}

public sealed class TitleApplication : IVersioned
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public TitleCall? Call { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public int LevelId { get; set; }
    public LadderLevel? Level { get; set; }
    public TitleApplicationStatus Status { get; set; }
    public DateOnly CreatedOn { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateOnly? SubmittedOn { get; set; }
    public string? Recommendation { get; set; }
    public string? RecommendedBy { get; set; }
    public DateOnly? RecommendedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? NoticeEnds { get; set; }
    public bool NoticeProvisional { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? GrantedOn { get; set; }
    public long Version { get; set; }
    public List<TitleEvidence> Evidence { get; } = [];
    public List<TitleVote> Votes { get; } = [];
    public List<TitleObjection> Objections { get; } = [];
}

/// <summary>A piece of evidence (a paper, patent …) with its file, type-checked on upload.</summary>
public sealed class TitleEvidence
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public EvidenceType Type { get; set; }
    public string Description { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

public sealed class TitleVote
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int MemberEmployeeId { get; set; }
    public VoteChoice Choice { get; set; }
    /// <summary>0–100.</summary>
    public int Score { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CastAt { get; set; }
}

public sealed class TitleObjection
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public string Text { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public bool IsOpen => Resolution is null;
}
