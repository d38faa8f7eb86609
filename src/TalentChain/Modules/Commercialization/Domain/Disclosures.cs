using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>Where a disclosure stands: drafted, submitted to the office, being evaluated, decided, or withdrawn.</summary>
public enum DisclosureStatus { Draft = 1, Submitted, UnderEvaluation, Decided, Withdrawn }

/// <summary>How the result is exploited: patent, trade secret (商业秘密), publication, or dropped.</summary>
public enum DisclosureDecision { FilePatent = 1, TradeSecret, Publish, Drop }

/// <summary>How sensitive the result is; Controlled is set from Knowledge's register (受控关键技术), never lowered by hand.</summary>
public enum DisclosureSensitivity { Internal = 1, Confidential, Controlled }

/// <summary>An invention disclosure (发明披露/技术交底书): the result, its inventors with their shares, the technologies it touches.</summary>
public class Disclosure : IVersioned
{
    public int Id { get; set; }
    /// <summary>"ID-2026-0001", unique.</summary>
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }
    public string Abstract { get; set; } = "";
    public DisclosureStatus Status { get; set; } = DisclosureStatus.Draft;
    public DisclosureSensitivity Sensitivity { get; set; } = DisclosureSensitivity.Internal;
    /// <summary>Touches a Controlled critical technology (set from Knowledge, never by hand).</summary>
    public bool Controlled { get; set; }
    public DateOnly ConceptionDate { get; set; }
    /// <summary>The day it was submitted to the office.</summary>
    public DateOnly? DisclosureDate { get; set; }
    public ChainSegment Segment { get; set; }
    public DisclosureDecision? Decision { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The account that created it.</summary>
    public string CreatedBy { get; set; } = "";
    public int? CreatedByEmployeeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    public List<DisclosureInventor> Inventors { get; set; } = [];
    public List<DisclosureTechnology> Technologies { get; set; } = [];

    public string DisplayTitle(bool chinese) => UiCulture.Pick(Title, TitleZh, chinese);
}

/// <summary>An inventor (发明人) and their contribution share (贡献比例): 0.01–100 with two decimals, the shares summing to 100.00.</summary>
public class DisclosureInventor
{
    public int Id { get; set; }
    public int DisclosureId { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public decimal SharePercent { get; set; }
}

/// <summary>A taxonomy technology the disclosure touches.</summary>
public class DisclosureTechnology
{
    public int DisclosureId { get; set; }
    public int TaxonomyNodeId { get; set; }
}
