using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>The evaluation (成果评估) of a disclosure by a committee the office names; the office decides with reasons.</summary>
public class Evaluation : IVersioned
{
    public int Id { get; set; }
    public int DisclosureId { get; set; }
    public Disclosure? Disclosure { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string OpenedBy { get; set; } = "";
    public DisclosureDecision? Decision { get; set; }
    public string? Reasons { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The trade-secret data set in Knowledge's register (when kept as a trade secret).</summary>
    public int? TradeSecretDataSetId { get; set; }
    public string? TradeSecretLink { get; set; }
    public long Version { get; set; }
    public List<EvaluationMember> Members { get; set; } = [];
}

/// <summary>A committee member and their one score set (editable until the decision).</summary>
public class EvaluationMember
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }
    public Evaluation? Evaluation { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    /// <summary>新颖性 1–5.</summary>
    public int? Novelty { get; set; }
    /// <summary>技术成熟度 TRL 1–9.</summary>
    public int? Trl { get; set; }
    /// <summary>市场前景 1–5.</summary>
    public int? Market { get; set; }
    /// <summary>战略契合度 1–5.</summary>
    public int? StrategicFit { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset? ScoredAt { get; set; }
}
