using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Domain;

/// <summary>A dated regulatory event (e.g. MOFCOM/GAC Announcement No. 18 of 2025) that puts control-list entries in force.</summary>
public class RegulatoryAnnouncement : IVersioned
{
    public int Id { get; set; }
    /// <summary>Regime, e.g. "CN-MOFCOM".</summary>
    public required string Regime { get; set; }
    /// <summary>Number as cited, e.g. "2025-18".</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    public string? TitleZh { get; set; }
    public DateOnly PublishedOn { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>First day of a suspension (inclusive), when another announcement suspended this one.</summary>
    public DateOnly? SuspendedFrom { get; set; }
    /// <summary>Last day of the suspension (inclusive); the announcement applies again the day after.</summary>
    public DateOnly? SuspendedUntil { get; set; }
    public string? SuspendedBy { get; set; }
    public string? Notes { get; set; }
    /// <summary>Facts not yet checked against the official text.</summary>
    public bool ToVerify { get; set; }
    public long Version { get; set; }
    public List<ControlListEntry> Entries { get; } = [];

    /// <summary>In force on a date: effective, and not inside a suspension window.</summary>
    public bool InForceOn(DateOnly date) =>
        EffectiveFrom <= date && !(SuspendedFrom is { } from && from <= date && (SuspendedUntil is null || date <= SuspendedUntil.Value));

    public AnnouncementState StateOn(DateOnly date) =>
        date < EffectiveFrom ? AnnouncementState.NotYetEffective
        : InForceOn(date) ? AnnouncementState.InForce
        : AnnouncementState.Suspended;
}

public enum AnnouncementState { NotYetEffective, InForce, Suspended }

/// <summary>One control code for one element and the forms it covers, with reference HS codes.</summary>
public class ControlListEntry : IVersioned
{
    public int Id { get; set; }
    public int AnnouncementId { get; set; }
    public RegulatoryAnnouncement? Announcement { get; set; }
    /// <summary>E.g. "1C902.a".</summary>
    public required string ControlCode { get; set; }
    /// <summary>Element symbol, e.g. "Sm".</summary>
    public required string Element { get; set; }
    /// <summary>Forms covered, comma-separated <see cref="MaterialForm"/> names.</summary>
    public required string Forms { get; set; }
    public required string Description { get; set; }
    public string? DescriptionZh { get; set; }
    /// <summary>Reference HS codes, comma-separated.</summary>
    public string? HsCodes { get; set; }
    /// <summary>Content above which a material is caught (wt %); null or 0 = any content.</summary>
    public decimal? MinContentPercent { get; set; }
    public bool ToVerify { get; set; }
    public long Version { get; set; }

    public IEnumerable<MaterialForm> FormList =>
        Forms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => Enum.TryParse<MaterialForm>(f, true, out var x) ? x : (MaterialForm?)null)
            .Where(x => x is not null).Select(x => x!.Value);
}

public enum MaterialForm { Metal, Alloy, Target, Oxide, Compound, Mixture, MagnetMaterial }

/// <summary>A traded material with its element composition.</summary>
public class Material : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public MaterialForm Form { get; set; }
    public string? HsCode { get; set; }
    /// <summary>Unit of quantity, e.g. "kg".</summary>
    public string Unit { get; set; } = "kg";
    public long Version { get; set; }
    public List<MaterialElement> Composition { get; } = [];
}

public class MaterialElement
{
    public int Id { get; set; }
    public int MaterialId { get; set; }
    public required string Element { get; set; }
    public decimal WeightPercent { get; set; }
}

[Flags]
public enum PartyRoles { None = 0, Exporter = 1, Consignee = 2, EndUser = 4, Forwarder = 8 }

/// <summary>A party to a transaction: exporter, consignee, end user, forwarder.</summary>
public class Party : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }
    public PartyRoles Roles { get; set; }
    public string? Address { get; set; }
    public long Version { get; set; }
}
