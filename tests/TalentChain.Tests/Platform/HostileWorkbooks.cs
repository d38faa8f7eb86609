using System.IO.Compression;
using System.Security;
using System.Text;

namespace TalentChain.Tests.Platform;

/// <summary>
/// Builds small hand-made XLSX packages in memory — including hostile ones (far-away cell addresses, zip bombs,
/// lying zip headers) — so no binary test files are committed.
/// </summary>
internal static class HostileWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    /// <summary>A workbook whose one sheet has this sheetData content (rows); optional styles and shared strings.</summary>
    public static byte[] Workbook(string rows, string? styles = null, string? sharedStrings = null) =>
        Package(styles, sharedStrings, sheet => Write(sheet, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><dimension ref="A1:ZZZZZ1048576"/><sheetData>{rows}</sheetData></worksheet>"""));

    /// <summary>One row of inline-string cells, e.g. Row(1, ("A1", "code"), ("B1", "name")).</summary>
    public static string Row(int number, params (string Reference, string Text)[] cells) =>
        $"<row r=\"{number}\">" + string.Concat(cells.Select(c => $"<c r=\"{c.Reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(c.Text)}</t></is></c>")) + "</row>";

    /// <summary>A header row (row 1) naming these columns from A on.</summary>
    public static string Header(IEnumerable<string> columns) =>
        Row(1, [.. columns.Select((c, i) => (Letters(i) + "1", c))]);

    public static string Letters(int index)
    {
        var s = "";
        for (index++; index > 0; index = (index - 1) / 26) s = (char)('A' + (index - 1) % 26) + s;
        return s;
    }

    /// <summary>
    /// A zip bomb: a sheet of <paramref name="sheetBytes"/> bytes (whitespace between rows, valid XML) that packs
    /// to a few hundred KB. Written part by part, never held in memory unpacked.
    /// </summary>
    public static byte[] Bomb(long sheetBytes) => Package(null, null, sheet =>
    {
        Write(sheet, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>""");
        var chunk = new byte[1 << 16];
        Array.Fill(chunk, (byte)' ');
        for (long written = 0; written < sheetBytes; written += chunk.Length) sheet.Write(chunk, 0, (int)Math.Min(chunk.Length, sheetBytes - written));
        Write(sheet, "</sheetData></worksheet>");
    });

    /// <summary>
    /// A workbook whose sheet really unpacks to about <paramref name="sheetBytes"/> bytes of varied rows, but whose
    /// zip headers (local and central) claim it unpacks to only 1,000 bytes.
    /// </summary>
    public static byte[] LyingSizes(int sheetBytes)
    {
        var rows = new StringBuilder();
        var random = new Random(7);
        for (var r = 1; rows.Length < sheetBytes; r++) rows.Append(Row(r, ("A" + r, random.NextInt64().ToString("x16") + random.NextInt64().ToString("x16"))));
        var bytes = Workbook(rows.ToString());
        var name = Encoding.ASCII.GetBytes(SheetPart);
        var patched = 0;
        for (var at = 0; (at = bytes.AsSpan(at).IndexOf(name) is var i and >= 0 ? at + i : -1) >= 0; at += name.Length)
        {
            // Local file header: signature 50 4B 03 04, uncompressed size at +22, name at +30.
            if (at >= 30 && bytes.AsSpan(at - 30, 4).SequenceEqual(new byte[] { 0x50, 0x4B, 0x03, 0x04 })) { BitConverter.TryWriteBytes(bytes.AsSpan(at - 30 + 22, 4), 1000); patched++; }
            // Central directory header: signature 50 4B 01 02, uncompressed size at +24, name at +46.
            else if (at >= 46 && bytes.AsSpan(at - 46, 4).SequenceEqual(new byte[] { 0x50, 0x4B, 0x01, 0x02 })) { BitConverter.TryWriteBytes(bytes.AsSpan(at - 46 + 24, 4), 1000); patched++; }
        }
        if (patched != 2) throw new InvalidOperationException($"expected to patch 2 headers, patched {patched}");
        return bytes;
    }

    /// <summary>A zip that is not a workbook (no [Content_Types].xml, no workbook part).</summary>
    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("readme.txt").Open()) Write(entry, "not a workbook");
        return buffer.ToArray();
    }

    /// <summary>A workbook with <paramref name="extraParts"/> more (empty) parts than it needs.</summary>
    public static byte[] WithExtraParts(int extraParts) => Package(null, null, sheet => Write(sheet, $"""<worksheet xmlns="{Main}"><sheetData>{Row(1, ("A1", "code"))}</sheetData></worksheet>"""), extraParts);

    private static byte[] Package(string? styles, string? sharedStrings, Action<Stream> writeSheet, int extraParts = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string content)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                Write(s, content);
            }
            var overrides = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (styles is null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                + (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            Part("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var rels = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (styles is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                + (sharedStrings is null ? "" : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            if (styles is not null) Part("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}">{styles}</styleSheet>""");
            if (sharedStrings is not null) Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}">{sharedStrings}</sst>""");
            for (var i = 0; i < extraParts; i++) Part($"docProps/extra{i}.bin", "");
            using var sheet = zip.CreateEntry(SheetPart, CompressionLevel.Optimal).Open();
            writeSheet(sheet);
        }
        return buffer.ToArray();
    }

    private static void Write(Stream s, string text) => s.Write(new UTF8Encoding(false).GetBytes(text));
}
