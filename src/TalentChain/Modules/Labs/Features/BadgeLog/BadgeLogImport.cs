using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Files;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.BadgeLog;

/// <summary>One problem of an import: the row (1 = header, 0 = the file), the column, the value, and the message in both languages.</summary>
public sealed record BadgeImportProblem(int Row, string? Column, string? Value, string Message, string MessageEn, string MessageZh);

public sealed record BadgeImportResult(bool Succeeded, int ImportId, int Rows, int Unauthorised, List<BadgeImportProblem> Errors);

/// <summary>
/// Imports a door-access log (CSV or XLSX; columns time, number (badge or employee number), area (code); a header row;
/// times ISO 8601 or "yyyy-MM-dd HH:mm[:ss]" in China time). All-or-nothing: any unknown number, unknown area,
/// unparseable or future time, or duplicate refuses the whole file with a row-level report. Each accepted entry is
/// flagged when no active grant for the area (or its lab) covered that moment.
/// </summary>
public sealed class BadgeLogImport(TalentChainDbContext db, BadgeFlags flags, LabsText text, TimeProvider clock)
{
    public const int MaxRows = 50_000;
    private static readonly string[] TimeColumn = ["time", "timestamp", "时间"];
    private static readonly string[] NumberColumn = ["number", "badge", "badge_number", "employee_number", "badge_or_employee_number", "工号", "卡号"];
    private static readonly string[] AreaColumn = ["area", "area_code", "区域"];
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK"];

    private sealed record Parsed(int Row, DateTimeOffset At, int EmployeeId, int AreaId);

    public async Task<BadgeImportResult> ImportAsync(LabsViewer viewer, UploadedFile? file, CancellationToken ct = default)
    {
        var errors = new List<BadgeImportProblem>();
        void Fail(int row, string? column, string? value, string key, params object[] args)
        {
            var (en, zh) = text.Both(key, args);
            errors.Add(new BadgeImportProblem(row, column, value, UiCulture.IsChinese ? zh : en, en, zh));
        }
        var records = Read(file, Fail);
        if (errors.Count > 0 || records is null) return new BadgeImportResult(false, 0, 0, 0, errors);
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace))
        {
            Fail(0, null, null, "Import.Empty");
            return new BadgeImportResult(false, 0, 0, 0, errors);
        }
        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        int Column(string[] names, string label)
        {
            var i = Array.FindIndex(header, h => names.Contains(h));
            if (i < 0) Fail(1, label, null, "Import.MissingColumn", label, string.Join(", ", names));
            return i;
        }
        var (ti, ni, ai) = (Column(TimeColumn, "time"), Column(NumberColumn, "number"), Column(AreaColumn, "area"));
        if (errors.Count > 0) return new BadgeImportResult(false, 0, 0, 0, errors);
        var lines = records.Skip(1).Select((r, i) => (Row: i + 2, Cells: r)).Where(l => !l.Cells.All(string.IsNullOrWhiteSpace)).ToList();
        if (lines.Count > MaxRows)
        {
            Fail(0, null, null, "Import.TooManyRows", MaxRows);
            return new BadgeImportResult(false, 0, 0, 0, errors);
        }
        string Cell(string[] cells, int i) => i < cells.Length ? cells[i].Trim() : "";
        var badges = await db.BadgeNumbers.AsNoTracking().ToDictionaryAsync(b => b.Number, b => b.EmployeeId, StringComparer.OrdinalIgnoreCase, ct);
        var numbers = lines.Select(l => Cell(l.Cells, ni)).Where(n => n.Length > 0 && !badges.ContainsKey(n)).Distinct().ToList();
        var employees = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in numbers.Chunk(1000))
            foreach (var e in await db.EmployeeRefs.AsNoTracking().Where(e => chunk.Contains(e.EmployeeNumber)).Select(e => new { e.EmployeeNumber, e.Id }).ToListAsync(ct))
                employees[e.EmployeeNumber] = e.Id;
        var areas = await db.LabUnits.AsNoTracking().Where(u => u.Kind != LabKind.Centre).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, ct);
        var now = clock.GetUtcNow();
        var parsed = new List<Parsed>(lines.Count);
        var seen = new Dictionary<(int, int, DateTimeOffset), int>();
        foreach (var (row, cells) in lines)
        {
            var (rawTime, rawNumber, rawArea) = (Cell(cells, ti), Cell(cells, ni), Cell(cells, ai));
            DateTimeOffset? at = null;
            if (rawTime.Length == 0) Fail(row, "time", rawTime, "Import.TimeRequired");
            else if (ParseTime(rawTime) is not { } t) Fail(row, "time", rawTime, "Import.TimeUnparseable", rawTime);
            else if (t > now) Fail(row, "time", rawTime, "Import.TimeFuture", rawTime);
            else at = t;
            int? employee = null;
            if (rawNumber.Length == 0) Fail(row, "number", rawNumber, "Import.NumberRequired");
            else if (badges.TryGetValue(rawNumber, out var b)) employee = b;
            else if (employees.TryGetValue(rawNumber, out var e)) employee = e;
            else Fail(row, "number", rawNumber, "Import.UnknownNumber", rawNumber);
            int? area = null;
            if (rawArea.Length == 0) Fail(row, "area", rawArea, "Import.AreaRequired");
            else if (areas.TryGetValue(rawArea, out var a)) area = a;
            else Fail(row, "area", rawArea, "Import.UnknownArea", rawArea);
            if (at is null || employee is null || area is null) continue;
            var key = (employee.Value, area.Value, at.Value);
            if (seen.TryGetValue(key, out var first)) Fail(row, null, null, "Import.DuplicateRow", first);
            else
            {
                seen[key] = row;
                parsed.Add(new Parsed(row, at.Value, employee.Value, area.Value));
            }
        }
        if (errors.Count == 0 && parsed.Count > 0)
        {
            // Lines already imported (an overlapping log exported twice) are duplicates too.
            var from = parsed.Min(p => p.At).ToUniversalTime();
            var to = parsed.Max(p => p.At).ToUniversalTime();
            var people = parsed.Select(p => p.EmployeeId).Distinct().ToList();
            var existing = (await db.BadgeEntries.AsNoTracking().Where(x => x.At >= from && x.At <= to && people.Contains(x.EmployeeId))
                .Select(x => new { x.EmployeeId, x.AreaId, x.At }).ToListAsync(ct)).Select(x => (x.EmployeeId, x.AreaId, x.At.ToUniversalTime())).ToHashSet();
            foreach (var p in parsed.Where(p => existing.Contains((p.EmployeeId, p.AreaId, p.At.ToUniversalTime()))))
                Fail(p.Row, null, null, "Import.AlreadyImported", LabsText.ChinaTime(p.At));
        }
        if (errors.Count > 0) return new BadgeImportResult(false, 0, lines.Count, 0, [.. errors.OrderBy(e => e.Row)]);
        if (parsed.Count == 0)
        {
            Fail(0, null, null, "Import.Empty");
            return new BadgeImportResult(false, 0, 0, 0, errors);
        }
        var import = new BadgeImport { FileName = FileNames.SafeBaseName(file!.FileName), ImportedBy = viewer.Name, ImportedAt = now, Rows = parsed.Count };
        var entries = parsed.Select(p => new BadgeEntry { EmployeeId = p.EmployeeId, AreaId = p.AreaId, At = p.At.ToUniversalTime() }).ToList();
        await flags.FlagAsync(entries, ct);
        import.Unauthorised = entries.Count(e => e.Flag != EntryVerdict.Authorised);
        db.BadgeImports.Add(import);
        await db.SaveChangesAsync(ct);
        foreach (var e in entries) e.ImportId = import.Id;
        db.BadgeEntries.AddRange(entries);
        await db.SaveChangesAsync(ct);
        return new BadgeImportResult(true, import.Id, import.Rows, import.Unauthorised, []);
    }

    public static DateTimeOffset? ParseTime(string raw)
    {
        if (DateTimeOffset.TryParseExact(raw, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)) return withOffset;
        if (DateTime.TryParseExact(raw, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SiteTime.Offset);
        return null;
    }

    private static List<string[]>? Read(UploadedFile? file, Action<int, string?, string?, string, object[]> fail)
    {
        if (file is null)
        {
            fail(0, null, null, "Import.FileRequired", []);
            return null;
        }
        var name = FileNames.SafeBaseName(file.FileName);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (file.Content.Length > LabsFiles.MaxLogBytes)
        {
            fail(0, null, name, "Import.TooLarge", [LabsFiles.MaxLogBytes / 1024 / 1024]);
            return null;
        }
        if (file.Content.Length == 0)
        {
            fail(0, null, name, "Import.Empty", []);
            return null;
        }
        if (ext == ".xlsx")
        {
            if (FileSignatures.Detect(file.Content) != "zip")
            {
                fail(0, null, name, "Import.NotXlsx", [name]);
                return null;
            }
            if (!UploadedFiles.IsSafeZip(file.Content))
            {
                fail(0, null, name, "Import.ZipBomb", [name]);
                return null;
            }
            try
            {
                using var stream = new MemoryStream(file.Content, writable: false);
                return [.. Xlsx.ReadRows(stream, XlsxLimits.Default with { MaxRows = MaxRows + 1, MaxColumns = 20 }).Select(r => r.ToArray())];
            }
            catch (XlsxLimitException ex) when (ex.Limit == XlsxLimit.Rows)
            {
                fail(0, null, name, "Import.TooManyRows", [MaxRows]);
            }
            catch (XlsxLimitException)
            {
                fail(0, null, name, "Import.ZipBomb", [name]);
            }
            catch (InvalidDataException)
            {
                fail(0, null, name, "Import.NotXlsx", [name]);
            }
            return null;
        }
        if (ext != ".csv")
        {
            fail(0, null, name, "Import.WrongType", [name]);
            return null;
        }
        if (FileSignatures.Detect(file.Content) is not null || file.Content.AsSpan().Contains((byte)0))
        {
            fail(0, null, name, "Import.NotText", [name]);
            return null;
        }
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content);
        }
        catch (DecoderFallbackException)
        {
            fail(0, null, name, "Import.NotUtf8", [name]);
            return null;
        }
        var rows = ParseCsv(content);
        if (rows is null) fail(0, null, name, "Import.OpenQuote", [name]);
        return rows;
    }

    /// <summary>RFC 4180: commas, double quotes (doubled inside), CRLF or LF; null when a quote is left open.</summary>
    public static List<string[]>? ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(sb.ToString()); sb.Clear(); break;
                case '\r': break;
                case '\n': fields.Add(sb.ToString()); sb.Clear(); rows.Add([.. fields]); fields.Clear(); break;
                default: sb.Append(c); break;
            }
        }
        if (quoted) return null;
        if (sb.Length > 0 || fields.Count > 0)
        {
            fields.Add(sb.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
