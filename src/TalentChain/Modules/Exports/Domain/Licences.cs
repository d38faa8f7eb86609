using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Domain;

public enum LicenceKind { Individual, General }

public enum ShipmentStatus { Reserved, Shipped, Cancelled }

/// <summary>An export licence: individual (one end user, up to 1 year) or general (repeated shipments, up to 3 years).</summary>
public class Licence : IVersioned
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public LicenceKind Kind { get; set; }
    public int? ApplicationId { get; set; }
    public int ExporterPartyId { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    /// <summary>Quantity and value may exceed the licensed amount by this much (%).</summary>
    public decimal TolerancePercent { get; set; }
    public required string Currency { get; set; }
    /// <summary>Re-export to these countries (comma-separated ISO codes) is prohibited.</summary>
    public string? NoReexportTo { get; set; }
    public bool NoDefenceUse { get; set; }
    public string? Conditions { get; set; }
    /// <summary>Set when a revocation is recorded (see <see cref="RevokedOn"/>).</summary>
    public bool Revoked { get; set; }
    /// <summary>First day on which the licence no longer covers anything (inclusive).</summary>
    public DateOnly? RevokedOn { get; set; }
    public string? RevocationReason { get; set; }
    public long Version { get; set; }

    /// <summary>Revoked as of a date: the revocation is recorded and its date has been reached.</summary>
    public bool RevokedAsOf(DateOnly date) => Revoked && (RevokedOn is null || RevokedOn.Value <= date);

    public List<LicenceLine> Lines { get; } = [];
    /// <summary>The consignees and end users it covers.</summary>
    public List<LicenceParty> Parties { get; } = [];

    public static int MaxYears(LicenceKind kind) => kind == LicenceKind.Individual ? 1 : 3;
}

public class LicenceParty
{
    public int Id { get; set; }
    public int LicenceId { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
}

/// <summary>A licensed quantity and value of one material, depleted by shipments (reserved on order, consumed on shipment).</summary>
public class LicenceLine : IVersioned
{
    public int Id { get; set; }
    public int LicenceId { get; set; }
    public Licence? Licence { get; set; }
    public int MaterialId { get; set; }
    public Material? Material { get; set; }
    public required string ControlCode { get; set; }
    public decimal Quantity { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
    public decimal ReservedQuantity { get; set; }
    public decimal ReservedValue { get; set; }
    public decimal ConsumedQuantity { get; set; }
    public decimal ConsumedValue { get; set; }
    public long Version { get; set; }

    public decimal QuantityLimit(decimal tolerancePercent) => Quantity * (1 + tolerancePercent / 100m);
    public decimal ValueLimit(decimal tolerancePercent) => Value * (1 + tolerancePercent / 100m);
    public decimal RemainingQuantity(decimal tolerancePercent) => QuantityLimit(tolerancePercent) - ReservedQuantity - ConsumedQuantity;
    public decimal RemainingValue(decimal tolerancePercent) => ValueLimit(tolerancePercent) - ReservedValue - ConsumedValue;
    /// <summary>Used share of the licensed quantity (reserved + consumed), in %.</summary>
    public decimal UtilisationPercent => Quantity == 0 ? 0 : Math.Round((ReservedQuantity + ConsumedQuantity) * 100m / Quantity, 1);
}

/// <summary>An order/shipment drawing on a licence.</summary>
public class Shipment : IVersioned
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int LicenceId { get; set; }
    public Licence? Licence { get; set; }
    public int ConsigneePartyId { get; set; }
    public int EndUserPartyId { get; set; }
    public required string DestinationCountry { get; set; }
    public EndUseCategory EndUseCategory { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? ShippedOn { get; set; }
    public ShipmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    public List<ShipmentLine> Lines { get; } = [];
}

public class ShipmentLine
{
    public int Id { get; set; }
    public int ShipmentId { get; set; }
    public int LicenceLineId { get; set; }
    public LicenceLine? LicenceLine { get; set; }
    public decimal Quantity { get; set; }
    public decimal Value { get; set; }
}

/// <summary>A customer's production line and what it consumes.</summary>
public class ProductionLine : IVersioned
{
    public int Id { get; set; }
    public int CustomerPartyId { get; set; }
    public Party? Customer { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    /// <summary>Value of the line's daily output that stops when a material runs out (in <see cref="Currency"/>).</summary>
    public decimal DailyOutputValue { get; set; }
    public string Currency { get; set; } = "USD";
    /// <summary>Plant / site, e.g. "Monterrey plant 2".</summary>
    public string? Location { get; set; }
    /// <summary>ISO country code of the plant.</summary>
    public string? Country { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }
    public List<LineConsumption> Consumption { get; } = [];
}

public class LineConsumption
{
    public int Id { get; set; }
    public int ProductionLineId { get; set; }
    public int MaterialId { get; set; }
    public Material? Material { get; set; }
    /// <summary>Consumption per calendar day, in the material's unit.</summary>
    public decimal DailyConsumption { get; set; }
    public decimal StockOnHand { get; set; }
    public decimal InTransit { get; set; }
}
