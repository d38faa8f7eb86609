using TalentChain.Platform.Spreadsheets;
using static TalentChain.Tests.Platform.HostileWorkbooks;

namespace TalentChain.Tests.Platform;

/// <summary>
/// The XLSX reader against hostile workbooks: each is refused by a limit, early and without allocating what the
/// file claims. Memory is checked as bytes allocated on the test's thread (generous bounds: the old reader
/// allocated gigabytes on these files), never as time.
/// </summary>
public class HostileWorkbookTests
{
    private static List<IReadOnlyList<string>> Read(byte[] bytes, XlsxLimits? limits = null) => [.. Xlsx.ReadRows(new MemoryStream(bytes), limits)];

    private static (T Result, long AllocatedMb) Allocated<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, (GC.GetAllocatedBytesForCurrentThread() - before) / (1024 * 1024));
    }

    [Fact]
    public void Xlsx_ValueInColumnZZZZZ_IsRefusedNamingTheCell()
    {
        var bytes = Workbook(Row(1, ("A1", "code"), ("ZZZZZ1", "x")) + Row(1048576, ("ZZZZZ1048576", "y")));

        var (ex, allocatedMb) = Allocated(() => Assert.Throws<XlsxLimitException>(() => Read(bytes)));

        Assert.Equal(XlsxLimit.Columns, ex.Limit);
        Assert.Equal("ZZZZZ1", ex.Where);
        Assert.Equal(XlsxLimits.Default.MaxColumns, ex.Maximum);
        Assert.True(allocatedMb < 64, $"allocated {allocatedMb} MB");
    }

    [Fact]
    public void Xlsx_EmptyFormattedCellsFarRightAndFarBelow_AreIgnored()
    {
        var bytes = Workbook(Row(1, ("A1", "code"), ("B1", "name")) + "<row r=\"2\"><c r=\"XFD2\" s=\"0\"/></row>"
            + Row(3, ("A3", "E1"), ("B3", "Wang"), ("C3", "")) + "<row r=\"1048576\"><c r=\"ZZZZZ1048576\" s=\"0\"/></row>");

        var rows = Read(bytes);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["code", "name"], rows[0]);
        Assert.Empty(rows[1]);
        Assert.Equal(["E1", "Wang"], rows[2]);
    }

    [Fact]
    public void Xlsx_ValueBelowTheLastAllowedRow_IsRefusedNamingTheRow()
    {
        var bytes = Workbook(Row(1, ("A1", "code")) + Row(2, ("A2", "x")) + Row(11, ("A11", "too far")));

        var ex = Assert.Throws<XlsxLimitException>(() => Read(bytes, new XlsxLimits { MaxRows = 10 }));

        Assert.Equal(XlsxLimit.Rows, ex.Limit);
        Assert.Equal("11", ex.Where);
        var atTheLimit = Read(Workbook(Row(1, ("A1", "code")) + Row(10, ("A10", "last"))), new XlsxLimits { MaxRows = 10 });
        Assert.Equal(10, atTheLimit.Count);
        Assert.Equal(["last"], atTheLimit[9]);
    }

    [Fact]
    public void Xlsx_ValueInRowOneMillion_IsRefused()
    {
        var bytes = Workbook(Row(1, ("A1", "code")) + Row(1048576, ("A1048576", "x")));

        var (ex, allocatedMb) = Allocated(() => Assert.Throws<XlsxLimitException>(() => Read(bytes)));

        Assert.Equal(XlsxLimit.Rows, ex.Limit);
        Assert.True(allocatedMb < 64, $"allocated {allocatedMb} MB");
    }

    [Fact]
    public void Xlsx_ZipBomb_IsRefusedByCompressionRatio()
    {
        var bomb = Bomb(200L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb packs to {bomb.Length} bytes");

        var (ex, allocatedMb) = Allocated(() => Assert.Throws<XlsxLimitException>(() => Read(bomb)));

        Assert.Equal(XlsxLimit.CompressionRatio, ex.Limit);
        Assert.Equal(SheetPart, ex.Where);
        Assert.True(allocatedMb < 64, $"allocated {allocatedMb} MB");
    }

    [Fact]
    public void Xlsx_UnpackingToMoreThanTheLimit_IsRefused()
    {
        var rows = string.Concat(Enumerable.Range(1, 200).Select(r => Row(r, ("A" + r, "row " + r))));

        var ex = Assert.Throws<XlsxLimitException>(() => Read(Workbook(rows), new XlsxLimits { MaxUncompressedBytes = 8_000 }));

        Assert.Equal(XlsxLimit.UncompressedSize, ex.Limit);
        Assert.Equal(200, Read(Workbook(rows)).Count);
    }

    [Fact]
    public void Xlsx_PartBiggerThanItsZipHeadersClaim_IsNeverReadPastTheLimit()
    {
        var lying = LyingSizes(3 * 1024 * 1024);

        // Either the unpacked bytes are counted (and exceed the limit) or the part is cut at its declared size
        // (and is then broken XML): refused both ways, and never more than the limit is read.
        var (ex, allocatedMb) = Allocated(() => Assert.ThrowsAny<Exception>(() => Read(lying, new XlsxLimits { MaxUncompressedBytes = 1024 * 1024 })));

        Assert.True(ex is InvalidDataException or XlsxLimitException { Limit: XlsxLimit.UncompressedSize }, ex.ToString());
        Assert.True(allocatedMb < 64, $"allocated {allocatedMb} MB");
    }

    [Fact]
    public void Xlsx_TooManyParts_IsRefused()
    {
        var ex = Assert.Throws<XlsxLimitException>(() => Read(WithExtraParts(20), new XlsxLimits { MaxParts = 10 }));
        Assert.Equal(XlsxLimit.Parts, ex.Limit);
    }

    [Fact]
    public void Xlsx_ZipThatIsNotAWorkbook_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Read(PlainZip()));
    }

    [Fact]
    public void Xlsx_SharedStringsRichTextAndPhoneticGuides_ReadAsTheVisibleText()
    {
        var sst = "<si><t>王芳</t><rPh sb=\"0\" eb=\"2\"><t>wáng fāng</t></rPh></si><si><r><t>Rare </t></r><r><rPr><b/></rPr><t>earth</t></r></si><si><t/></si>";
        var bytes = Workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>99</v></c><c r=\"E1\" t=\"b\"><v>1</v></c></row>", sharedStrings: sst);

        var rows = Read(bytes);

        Assert.Equal(["王芳", "Rare earth", "", "", "true"], rows[0]);
    }

    [Fact]
    public void Xlsx_DateFormattedSerialNumbers_ReadAsIsoDates()
    {
        const string styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";
        var bytes = Workbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"2\"><v>45001</v></c><c r=\"C1\" s=\"0\"><v>45000</v></c><c r=\"D1\"><v>-12.5</v></c></row>", styles: styles);

        Assert.Equal(["2023-03-15", "2023-03-16", "45000", "-12.5"], Read(bytes)[0]);
    }
}
