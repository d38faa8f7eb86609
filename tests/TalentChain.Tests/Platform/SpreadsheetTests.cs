using System.Text;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Tests.Platform;

public class SpreadsheetTests
{
    [Fact]
    public void Xlsx_WrittenThenRead_GivesBackTextNumbersDatesAndChinese()
    {
        using var stream = new MemoryStream();
        Xlsx.Write(stream, "人员", ["工号", "姓名", "职级", "入职日期"],
        [
            ["E100001", "王伟", 12, new DateOnly(2015, 3, 1)],
            ["E100002", null, 7, new DateOnly(2020, 12, 31)],
        ]);
        stream.Position = 0;
        var rows = Xlsx.ReadRows(stream).ToList();
        Assert.Equal(["工号", "姓名", "职级", "入职日期"], rows[0]);
        Assert.Equal(["E100001", "王伟", "12", "2015-03-01"], rows[1]);
        Assert.Equal(["E100002", "", "7", "2020-12-31"], rows[2]);
    }

    [Fact]
    public void Xlsx_RowsMissingFromTheSheet_ComeBackEmptySoRowNumbersMatchExcel()
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var ws = wb.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            static DocumentFormat.OpenXml.Spreadsheet.Row Row(uint i, string text) =>
                new(new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = "A" + i, DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) }) { RowIndex = i };
            ws.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(Row(1, "code"), Row(2, "A"), Row(5, "B")));
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "S" }));
        }
        stream.Position = 0;
        var rows = Xlsx.ReadRows(stream).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(["B"], rows[4]);
        Assert.Empty(rows[2]);
    }

    [Fact]
    public void Xlsx_NonSeekableStream_ReadsBackIntact()
    {
        var header = Enumerable.Range(1, 30).Select(i => "col" + i).ToList();
        var values = Enumerable.Range(1, 30).Select(i => (object?)("v" + i)).ToList();
        values[0] = "bell\u0007 and tab\tkept";
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer)) Xlsx.Write(forwardOnly, "Wide", header, [values]);
        buffer.Position = 0;
        var rows = Xlsx.ReadRows(buffer).ToList();
        Assert.Equal(30, rows[1].Count);
        Assert.Equal("v30", rows[1][29]);   // column AD
        Assert.Equal("bell and tab\tkept", rows[1][0]);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Fact]
    public void Xlsx_NotAWorkbook_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("employee_number,family_name\nE1,Wang\n"));
        Assert.Throws<InvalidDataException>(() => Xlsx.ReadRows(stream).ToList());
    }

    [Fact]
    public async Task Csv_QuotesSeparatorsAndNeutralisesFormulas_WithBomForExcel()
    {
        using var stream = new MemoryStream();
        await Csv.WriteAsync(stream, ["a", "b", "c"], [["x,y", "say \"hi\"", "=HYPERLINK(\"http://evil\")"], ["-5", "-cmd", "李"]]);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("a,b,c", lines[0]);
        Assert.Equal("\"x,y\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[1]);
        Assert.Equal("-5,'-cmd,李", lines[2]);
    }

    [Theory]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-1+1|cmd", "'-1+1|cmd")]
    [InlineData("-", "'-")]
    [InlineData("\tcalc", "'\tcalc")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("+86 10 1234", "'+86 10 1234")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("-0", "-0")]
    [InlineData("a-b", "a-b")]
    public void Csv_FormulaLikeCells_AreNeutralised(string cell, string written) =>
        Assert.Equal(written, Csv.Line([cell]));

    [Fact]
    public void Csv_NegativeNumbers_StayNumbers()
    {
        Assert.Equal("-5,-12.75,-0.001", Csv.Line([-5, -12.75m, -0.001]));
    }
}
