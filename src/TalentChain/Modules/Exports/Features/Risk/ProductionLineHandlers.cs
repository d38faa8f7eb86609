using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Risk;

public sealed record ConsumptionInput(int? MaterialId, decimal? DailyConsumption, decimal? StockOnHand, decimal? InTransit);
public sealed record ProductionLineInput(int? CustomerPartyId, string? Name, string? NameZh, string? Location, string? Country, string? Notes,
    decimal? DailyOutputValue, string? Currency, List<ConsumptionInput>? Consumption = null, long? Version = null);
public sealed record ConsumptionView(int MaterialId, string MaterialCode, string Material, string Unit, decimal DailyConsumption, decimal StockOnHand, decimal InTransit);
public sealed record ProductionLineView(int Id, int CustomerPartyId, string Customer, string CustomerCountry, string Name, string? NameZh, string? Location, string? Country,
    string? Notes, decimal DailyOutputValue, string Currency, List<ConsumptionView> Consumption, long Version);

/// <summary>
/// Customers' production lines and what they consume: create, edit, delete (its consumption rows go with it — they
/// describe only this line), and per-material daily consumption, stock on hand and in transit.
/// </summary>
public sealed class ProductionLineHandlers(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<ProductionLineView>> ListAsync(CancellationToken ct = default)
    {
        var lines = await Query().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
        return [.. lines.Select(View)];
    }

    public async Task<ProductionLineView> GetAsync(int id, CancellationToken ct = default) =>
        View(await Query().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(L["ProductionLine.NotFound", id]));

    private IQueryable<ProductionLine> Query() =>
        db.ProductionLines.AsNoTracking().Include(p => p.Customer).Include(p => p.Consumption).ThenInclude(c => c.Material).AsSplitQuery();

    private static ProductionLineView View(ProductionLine p) => new(p.Id, p.CustomerPartyId, UiCulture.Pick(p.Customer!.Name, p.Customer.NameZh), p.Customer.Country,
        p.Name, p.NameZh, p.Location, p.Country, p.Notes, p.DailyOutputValue, p.Currency,
        [.. p.Consumption.OrderBy(c => c.Material!.Code).Select(c => new ConsumptionView(c.MaterialId, c.Material!.Code, UiCulture.Pick(c.Material.Name, c.Material.NameZh),
            c.Material.Unit, c.DailyConsumption, c.StockOnHand, c.InTransit))], p.Version);

    /// <summary>Creates a line; consumption rows may come with it (one per material).</summary>
    public async Task<ProductionLineView> CreateAsync(ProductionLineInput input, CancellationToken ct = default)
    {
        var line = new ProductionLine { Name = "" };
        await ApplyAsync(line, input, ct);
        db.ProductionLines.Add(line);
        await db.SaveChangesAsync(ct);
        return await GetAsync(line.Id, ct);
    }

    /// <summary>Changes a line's details; when <see cref="ProductionLineInput.Consumption"/> is sent it replaces the rows.</summary>
    public async Task<ProductionLineView> UpdateAsync(int id, ProductionLineInput input, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", id]);
        ExpectVersion(line, input.Version);
        await ApplyAsync(line, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(line.Id, ct);
    }

    /// <summary>Deletes a line and its consumption rows (nothing else refers to a production line).</summary>
    public async Task DeleteAsync(int id, long? version, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", id]);
        ExpectVersion(line, version);
        db.LineConsumptions.RemoveRange(line.Consumption);
        db.ProductionLines.Remove(line);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(ProductionLine line, ProductionLineInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Location), input.Location));
        if (input.CustomerPartyId is not { } cid || !await db.Parties.AnyAsync(p => p.Id == cid, ct))
            errors.Add(nameof(input.CustomerPartyId), L["Party.NotFound", input.CustomerPartyId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200) errors.Add(nameof(input.Name), L["ProductionLine.NameRequired"]);
        var country = Blank(input.Country)?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))) errors.Add(nameof(input.Country), L["Party.CountryInvalid", input.Country ?? ""]);
        if (input.DailyOutputValue is < 0) errors.Add(nameof(input.DailyOutputValue), L["ProductionLine.OutputNonNegative"]);
        var currency = (Blank(input.Currency) ?? "USD").ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) errors.Add(nameof(input.Currency), L["ProductionLine.CurrencyInvalid", input.Currency ?? ""]);
        if ((input.Location?.Trim().Length ?? 0) > 200) errors.Add(nameof(input.Location), L["ProductionLine.TooLong"]);
        if ((input.Notes?.Trim().Length ?? 0) > 2000) errors.Add(nameof(input.Notes), L["ProductionLine.TooLong"]);
        var rows = input.Consumption;
        if (rows is not null)
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < rows.Count; i++)
            {
                await CheckConsumptionAsync(rows[i], errors, $"Consumption[{i}].", ct);
                if (rows[i].MaterialId is { } m && !seen.Add(m)) errors.Add($"Consumption[{i}].MaterialId", L["ProductionLine.DuplicateMaterial", await MaterialCodeAsync(m, ct)]);
            }
        }
        errors.ThrowIfAny(L["ProductionLine.Invalid"]);
        line.CustomerPartyId = input.CustomerPartyId!.Value;
        line.Name = name;
        line.NameZh = Blank(input.NameZh);
        line.Location = Blank(input.Location);
        line.Country = country;
        line.Notes = Blank(input.Notes);
        line.DailyOutputValue = input.DailyOutputValue ?? 0m;
        line.Currency = currency;
        if (rows is not null)
        {
            foreach (var gone in line.Consumption.Where(c => rows.All(r => r.MaterialId != c.MaterialId)).ToList())
            {
                line.Consumption.Remove(gone);
                db.LineConsumptions.Remove(gone);
            }
            foreach (var r in rows) Set(line, r);
        }
    }

    private async Task CheckConsumptionAsync(ConsumptionInput input, FieldErrors errors, string prefix, CancellationToken ct)
    {
        if (input.MaterialId is not { } mid || !await db.Materials.AnyAsync(m => m.Id == mid, ct))
            errors.Add(prefix + nameof(input.MaterialId), L["Material.NotFound", input.MaterialId?.ToString(CultureInfo.InvariantCulture) ?? "—"]);
        if (input.DailyConsumption is not { } daily || daily <= 0) errors.Add(prefix + nameof(input.DailyConsumption), L["ProductionLine.DailyPositive"]);
        if (input.StockOnHand is not { } stock || stock < 0) errors.Add(prefix + nameof(input.StockOnHand), L["ProductionLine.StockNonNegative"]);
        if (input.InTransit is not { } transit || transit < 0) errors.Add(prefix + nameof(input.InTransit), L["ProductionLine.StockNonNegative"]);
    }

    private async Task<string> MaterialCodeAsync(int id, CancellationToken ct) =>
        await db.Materials.Where(m => m.Id == id).Select(m => m.Code).FirstOrDefaultAsync(ct) ?? id.ToString(CultureInfo.InvariantCulture);

    private static void Set(ProductionLine line, ConsumptionInput input)
    {
        var row = line.Consumption.FirstOrDefault(c => c.MaterialId == input.MaterialId);
        if (row is null) line.Consumption.Add(row = new LineConsumption { MaterialId = input.MaterialId!.Value });
        row.DailyConsumption = input.DailyConsumption!.Value;
        row.StockOnHand = input.StockOnHand!.Value;
        row.InTransit = input.InTransit!.Value;
    }

    /// <summary>Adds or updates one material's figures on a line (one row per material).</summary>
    public async Task SetConsumptionAsync(int lineId, ConsumptionInput input, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == lineId, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", lineId]);
        var errors = new FieldErrors();
        await CheckConsumptionAsync(input, errors, "", ct);
        errors.ThrowIfAny(L["ProductionLine.Invalid"]);
        Set(line, input);
        line.Version++;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds one material to a line; refused when the line already has a row for it.</summary>
    public async Task AddConsumptionAsync(int lineId, ConsumptionInput input, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == lineId, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", lineId]);
        var errors = new FieldErrors();
        await CheckConsumptionAsync(input, errors, "", ct);
        if (input.MaterialId is { } m && line.Consumption.Any(c => c.MaterialId == m))
            errors.Add(nameof(input.MaterialId), L["ProductionLine.DuplicateMaterial", await MaterialCodeAsync(m, ct)]);
        errors.ThrowIfAny(L["ProductionLine.Invalid"]);
        Set(line, input);
        line.Version++;
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveConsumptionAsync(int lineId, int materialId, CancellationToken ct = default)
    {
        var line = await db.ProductionLines.Include(p => p.Consumption).FirstOrDefaultAsync(p => p.Id == lineId, ct)
            ?? throw new NotFoundException(L["ProductionLine.NotFound", lineId]);
        var row = line.Consumption.FirstOrDefault(c => c.MaterialId == materialId)
            ?? throw new NotFoundException(L["ProductionLine.NoSuchMaterial", await MaterialCodeAsync(materialId, ct)]);
        db.LineConsumptions.Remove(row);
        line.Version++;
        await db.SaveChangesAsync(ct);
    }

    private void ExpectVersion(ProductionLine line, long? version)
    {
        if (version is null) return;
        if (version != line.Version) throw new DbUpdateConcurrencyException(L["Common.Stale"]);
        db.Entry(line).Property(x => x.Version).OriginalValue = version.Value;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
