namespace TalentChain.Modules.Exports.Features.Licences;

public sealed record LicenceLineView(int Id, string MaterialCode, string Material, string ControlCode, string Unit, decimal Quantity, decimal Value,
    decimal QuantityLimit, decimal ValueLimit, decimal Reserved, decimal Consumed, decimal ReservedValue, decimal ConsumedValue,
    decimal RemainingQuantity, decimal RemainingValue, decimal UtilisationPercent, long Version);
public sealed record LicencePartyView(int Id, string Name, string Country, string[] Roles);
public sealed record ShipmentView(int Id, string Number, int LicenceId, string LicenceNumber, string Status, string StatusName, string Consignee, string EndUser,
    string DestinationCountry, DateOnly PlannedOn, DateOnly? ShippedOn, decimal Quantity, decimal Value, long Version);
public sealed record LicenceView(int Id, string Number, string Kind, string KindName, int? ApplicationId, string? ApplicationNumber, DateOnly IssuedOn, DateOnly ExpiresOn,
    bool Expired, int DaysToExpiry, decimal TolerancePercent, string Currency, string[] NoReexportTo, bool NoDefenceUse, string? Conditions,
    List<LicencePartyView> Parties, List<LicenceLineView> Lines, List<ShipmentView> Shipments, decimal UtilisationPercent, long Version,
    bool Revoked = false, DateOnly? RevokedOn = null, string? RevocationReason = null, bool RevokedNow = false);

/// <summary>Options of the licence alerts.</summary>
public sealed class ExportsOptions
{
    public const string Section = "Exports";
    /// <summary>The thresholds used when none are configured.</summary>
    public static readonly int[] DefaultUtilisationThresholds = [80, 90, 100];
    /// <summary>
    /// Utilisation thresholds (%) at which trade-compliance officers are alerted; empty = 80/90/100. (No initial list:
    /// the configuration binder appends to an existing list, so configured [75] would otherwise become [80, 90, 100, 75].)
    /// </summary>
    public List<int> UtilisationThresholds { get; set; } = [];
    /// <summary>Days before expiry at which an expiry alert goes out.</summary>
    public int ExpiryWarningDays { get; set; } = 30;
    /// <summary>Approval-time segments with fewer decided cases fall back to the whole history.</summary>
    public int MinSegmentCases { get; set; } = 12;
}
