using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Risk;

public sealed record ConsumptionInput(int? MaterialId, decimal? DailyConsumption, decimal? StockOnHand, decimal? InTransit);

/// <summary>Keeps a customer production line's consumption and stock figures current.</summary>
public sealed class ProductionLineHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L)
{
    public async Task SetConsumptionAsync(int lineId, ConsumptionInput input, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == lineId, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", lineId]);
        var errors = new FieldErrors();
        if (input.MaterialId is not { } mid || !await db.Materials.AnyAsync(m => m.Id == mid, ct))
            errors.Add(nameof(input.MaterialId), L["Material.NotFound", input.MaterialId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"]);
        if (input.DailyConsumption is not { } daily || daily <= 0) errors.Add(nameof(input.DailyConsumption), L["ProductionLine.DailyPositive"]);
        if (input.StockOnHand is not { } stock || stock < 0) errors.Add(nameof(input.StockOnHand), L["ProductionLine.StockNonNegative"]);
        if (input.InTransit is not { } transit || transit < 0) errors.Add(nameof(input.InTransit), L["ProductionLine.StockNonNegative"]);
        errors.ThrowIfAny(L["ProductionLine.Invalid"]);
        var row = line.Consumption.FirstOrDefault(c => c.MaterialId == input.MaterialId);
        if (row is null) line.Consumption.Add(row = new LineConsumption { MaterialId = input.MaterialId!.Value });
        row.DailyConsumption = input.DailyConsumption!.Value;
        row.StockOnHand = input.StockOnHand!.Value;
        row.InTransit = input.InTransit!.Value;
        line.Version++;
        await db.SaveChangesAsync(ct);
    }
}
