using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Features.Import;
using Microsoft.AspNetCore.TestHost;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Tests.Infrastructure;
using TalentChain.Tests.Platform;
using static TalentChain.Tests.Modules.People.Import.ImportFiles;

namespace TalentChain.Tests.Modules.People.Import;

/// <summary>The import handler through the same inline job path the CLI uses, on both providers.</summary>
public abstract class ImportTests(TalentChainFactory app)
{
    private sealed record Counts(int Employees, int Units, int Nodes, int Skills, int Events);

    private Task<Counts> CountAsync() => app.WithDbAsync(async db => new Counts(
        await db.Employees.CountAsync(), await db.OrgUnits.CountAsync(), await db.TaxonomyNodes.CountAsync(),
        await db.SkillRecords.CountAsync(), await db.EmploymentEvents.CountAsync()));

    private async Task<ImportJobView> ImportAsync(ImportKind kind, string fileName, byte[] content)
    {
        using var scope = app.Services.CreateScope();
        var job = await scope.ServiceProvider.GetRequiredService<ImportJobs>().RunInlineAsync(kind, fileName, content);
        return ImportJobs.View(job);
    }

    private string Message(ImportError e)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ImportJobs>().Message(e);
    }

    /// <summary>Imports a bad file; asserts it was rejected with the expected first problem and nothing changed.</summary>
    private async Task<ImportError> RejectedAsync(ImportKind kind, string fileName, byte[] content, int row, string? column, string key)
    {
        var before = await CountAsync();
        var view = await ImportAsync(kind, fileName, content);
        Assert.Equal(JobStatus.Failed, view.Job.Status);
        Assert.NotNull(view.Summary);
        Assert.False(view.Summary!.Succeeded);
        var error = view.Summary.Errors.FirstOrDefault(e => e.Key == key);
        Assert.True(error is not null, $"expected {key}; got {string.Join("; ", view.Summary.Errors.Select(e => $"{e.Row}/{e.Column}/{e.Key}"))}");
        Assert.Equal(row, error!.Row);
        Assert.Equal(column, error.Column);
        Assert.False(string.IsNullOrWhiteSpace(Message(error)));
        Assert.NotEqual(key, Message(error)); // a real sentence, not the bare key
        Assert.Equal(before, await CountAsync());
        return error;
    }

    private static string Num() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    // ------------------------------------------------------------ error kinds

    [Fact]
    public async Task ImportEmployees_MissingRequiredValue_ReportsRowAndColumnWritingNothing()
    {
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num()), Emp(Num(), family: "")), 3, "family_name", "Import.Error.Required");
        Assert.Equal("A value is required.", Message(e));
    }

    [Fact]
    public async Task Employees_UnknownOrgUnit_IsReported()
    {
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), unit: "NO-SUCH-UNIT")), 2, "org_unit_code", "Import.Error.UnknownOrgUnit");
        Assert.Equal("NO-SUCH-UNIT", e.Value);
    }

    [Fact]
    public async Task Employees_UnknownManager_IsReported() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), manager: "NOBODY-1")), 2, "manager_employee_number", "Import.Error.UnknownManager");

    [Fact]
    public async Task Employees_DuplicateKeyInFile_PointsAtTheFirstRow()
    {
        var n = Num();
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(n), Emp(Num()), Emp(n)), 4, "employee_number", "Import.Error.Duplicate");
        Assert.Contains("row 2", Message(e));
    }

    [Fact]
    public async Task Employees_BadDate_IsReported()
    {
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), hire: "2020-13-45")), 2, "hire_date", "Import.Error.BadDate");
        Assert.Equal("2020-13-45", e.Value);
        Assert.Contains("YYYY-MM-DD", Message(e));
    }

    [Fact]
    public async Task Employees_BadNumber_IsReported() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), grade: "eight")), 2, "grade", "Import.Error.BadNumber");

    [Fact]
    public async Task Employees_UnknownEnumValue_ListsTheAllowedValues()
    {
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), track: "wizard")), 2, "track", "Import.Error.BadEnum");
        Assert.Contains("technical, operations, management", Message(e));
    }

    [Fact]
    public async Task Employees_GradeOutOfRange_IsReported()
    {
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), grade: "21")), 2, "grade", "Import.Error.GradeRange");
        Assert.Contains("between 1 and 20", Message(e));
    }

    [Fact]
    public async Task Employees_DepartedWithoutDepartureDate_IsReported() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), status: "departed")), 2, "departure_date", "Import.Error.DepartureRequired");

    [Fact]
    public async Task Employees_DepartureBeforeHire_IsReported() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), status: "departed", hire: "2020-03-01", departure: "2019-01-01")),
            2, "departure_date", "Import.Error.DepartureBeforeHire");

    [Fact]
    public async Task Employees_BadEmail_IsReported() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), email: "not-an-address")), 2, "email", "Import.Error.BadEmail");

    [Fact]
    public async Task Employees_ManagerCycleWithinFile_IsReported()
    {
        string a = Num(), b = Num();
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", Employees(Emp(a, manager: b), Emp(b, manager: a)), 2, "manager_employee_number", "Import.Error.Cycle");
        Assert.Contains("→", Message(e));
    }

    [Fact]
    public async Task Employees_EveryProblemIsCollected_NotJustTheFirst()
    {
        var view = await ImportAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), grade: "x"), Emp(Num(), unit: "NOPE"), Emp(Num(), hire: "")));
        Assert.Equal(3, view.Summary!.ErrorCount);
        Assert.Equal([2, 3, 4], view.Summary.Errors.Select(e => e.Row));
    }

    [Fact]
    public async Task Header_UnknownColumn_IsAnError() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Csv(EmployeesHeader + ",nickname", Emp(Num()) + ",x"), 1, "nickname", "Import.Error.UnknownColumn");

    [Fact]
    public async Task Header_MissingColumn_IsAnError() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Csv(EmployeesHeader.Replace(",position", ""), Emp(Num())), 1, "position", "Import.Error.MissingColumn");

    [Fact]
    public async Task Header_WrongKindOfFile_ReportsEveryWrongColumn()
    {
        var view = await ImportAsync(ImportKind.Employees, "units.csv", Csv(OrgUnitsHeader, "X1,Unit,单元,separation,Baotou,"));
        Assert.Contains(view.Summary!.Errors, e => e is { Row: 1, Column: "segment", Key: "Import.Error.UnknownColumn" });
        Assert.Contains(view.Summary.Errors, e => e is { Row: 1, Column: "employee_number", Key: "Import.Error.MissingColumn" });
    }

    [Fact]
    public async Task Encoding_NotUtf8_IsRefusedNotReplaced()
    {
        // "李伟" in GBK: a legacy-Excel CSV. Must be refused, not imported as mojibake.
        var gbk = new byte[] { 0xC0, 0xEE, 0xCE, 0xB0 };
        var line = Encoding.ASCII.GetBytes(Emp(Num(), chinese: "@@"));
        var at = Array.IndexOf(line, (byte)'@');
        var bytes = Encoding.UTF8.GetBytes(EmployeesHeader + "\n").Concat(line[..at]).Concat(gbk).Concat(line[(at + 2)..]).ToArray();
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", bytes, 2, null, "Import.Error.WrongEncoding");
        Assert.Contains("UTF-8", Message(e));
    }

    [Fact]
    public async Task Import_EmptyFile_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", [], 1, null, "Import.Error.Empty");

    [Fact]
    public async Task Import_HeaderOnly_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "e.csv", Encoding.UTF8.GetBytes(EmployeesHeader + "\n"), 2, null, "Import.Error.NoRows");

    [Fact]
    public async Task Import_PngRenamedCsv_IsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var e = await RejectedAsync(ImportKind.Employees, "photo.csv", png, 0, null, "Import.Error.NotSpreadsheet");
        Assert.Contains("PNG", Message(e));
    }

    [Fact]
    public async Task Import_PdfRenamedCsv_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "scan.csv", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), 0, null, "Import.Error.NotSpreadsheet");

    [Fact]
    public async Task Import_XlsxThatIsNotAZip_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "e.xlsx", Employees(Emp(Num())), 0, null, "Import.Error.XlsxNotZip");

    [Fact]
    public async Task Employees_NameWithLineBreakOrEscape_IsReported()
    {
        var csv = Encoding.UTF8.GetBytes(EmployeesHeader + "\n" + Emp(Num(), family: "\"Li\r\nBcc: x\"") + "\n" + Emp(Num(), given: "Wei\u001bX") + "\n");
        var e = await RejectedAsync(ImportKind.Employees, "e.csv", csv, 2, "family_name", "File.Import.OneLine");
        Assert.Equal("The value contains a line break, tab or other control character; it must be a single line.", Message(e));
        var view = await ImportAsync(ImportKind.Employees, "e.csv", csv);
        Assert.Contains(view.Summary!.Errors, x => x.Row == 3 && x.Column == "given_name" && x.Key == "File.Import.OneLine");
    }

    [Fact]
    public async Task FileName_WithAPath_IsReducedToItsBaseName()
    {
        var view = await ImportAsync(ImportKind.Employees, @"..\..\C:\people.csv", Employees(Emp(Num(), grade: "99")));
        Assert.Equal("people.csv", view.Job.Title);
        Assert.Equal("people.csv", view.Summary!.FileName);
    }

    [Fact]
    public async Task UploadSweep_DeletesUploadsOfEndedJobsAndLeftOvers_KeepsThoseStillWaiting()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var ended = (await ImportAsync(ImportKind.Employees, "e.csv", Employees(Emp(Num(), grade: "99")))).Job.Id;
        BackgroundJob Waiting(JobStatus status) => new() { Id = Guid.NewGuid(), Kind = "import:employees", Title = "e.csv", CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow, Status = status };
        var queued = Waiting(JobStatus.Queued);
        var lost = Waiting(JobStatus.Running);
        var interrupted = Waiting(JobStatus.Interrupted);
        db.BackgroundJobs.AddRange(queued, lost, interrupted);
        await db.SaveChangesAsync();

        Guid Upload(Guid id, TimeSpan age)
        {
            db.JobPayloads.Add(new JobPayload { JobId = id, Content = "employee_number\n"u8.ToArray(), CreatedAt = DateTimeOffset.UtcNow - age });
            return id;
        }
        var ofEnded = Upload(ended, TimeSpan.Zero);                          // its job is over
        var orphan = Upload(Guid.NewGuid(), TimeSpan.FromHours(1));          // no job: the node died before queuing it
        var ofLost = Upload(lost.Id, TimeSpan.FromHours(7));                 // "running" for hours: its node crashed
        var ofInterrupted = Upload(interrupted.Id, TimeSpan.Zero);           // its node stopped: over
        var beingQueued = Upload(Guid.NewGuid(), TimeSpan.Zero);             // written a moment ago, job row not yet there
        var ofQueued = Upload(queued.Id, TimeSpan.FromHours(30));            // waiting its turn (the queue survives outages)
        await db.SaveChangesAsync();

        Assert.True(await scope.ServiceProvider.GetRequiredService<PeriodicTasks>().RunAsync("imports.upload-sweep"));

        var left = await db.JobPayloads.AsNoTracking().Select(p => p.JobId).ToListAsync();
        Assert.DoesNotContain(ofEnded, left);
        Assert.DoesNotContain(orphan, left);
        Assert.DoesNotContain(ofLost, left);
        Assert.DoesNotContain(ofInterrupted, left);
        Assert.Contains(beingQueued, left);
        Assert.Contains(ofQueued, left);
        await db.JobPayloads.Where(p => p.JobId == beingQueued || p.JobId == ofQueued).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task Import_PngRenamedXlsx_IsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var e = await RejectedAsync(ImportKind.Employees, "people.xlsx", png, 0, null, "Import.Error.XlsxNotZip");
        Assert.Contains("PNG", Message(e));
    }

    [Fact]
    public async Task ExeRenamedXlsx_AndExe_AreRefused()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
        Assert.Contains("EXE", Message(await RejectedAsync(ImportKind.Employees, "people.xlsx", exe, 0, null, "Import.Error.XlsxNotZip")));
        Assert.Contains(".exe", Message(await RejectedAsync(ImportKind.Employees, "people.exe", exe, 0, null, "Import.Error.Extension")));
    }

    [Fact]
    public async Task Import_ZipThatIsNotAWorkbook_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "e.xlsx", HostileWorkbooks.PlainZip(), 0, null, "Import.Error.XlsxInvalid");

    [Fact]
    public async Task Xlsx_ValueInCellZZZZZ1_IsRefusedNamingTheCell()
    {
        var sheet = HostileWorkbooks.Workbook(HostileWorkbooks.Header(ImportFormats.Columns[ImportKind.Employees]).Replace("</row>", "<c r=\"ZZZZZ1\"><v>1</v></c></row>", StringComparison.Ordinal));
        var e = await RejectedAsync(ImportKind.Employees, "people.xlsx", sheet, 0, null, "File.Xlsx.TooManyColumns");
        Assert.Equal("Cell ZZZZZ1 has a value, but only columns A to AX are read; delete it or move it into the table.", Message(e));
    }

    [Fact]
    public async Task Xlsx_ValuesBelowRow200000_AreRefused()
    {
        var sheet = HostileWorkbooks.Workbook(HostileWorkbooks.Header(ImportFormats.Columns[ImportKind.Employees]) + HostileWorkbooks.Row(1048576, ("A1048576", Num())));
        var e = await RejectedAsync(ImportKind.Employees, "people.xlsx", sheet, 0, null, "File.Xlsx.TooManyRows");
        Assert.Equal("Row 1048576 has values, but a workbook may use at most 200000 rows; split the file.", Message(e));
    }

    private static readonly Lazy<byte[]> ZipBomb = new(() => HostileWorkbooks.Bomb(200L * 1024 * 1024));

    [Fact]
    public async Task Xlsx_ZipBomb_IsRefused()
    {
        var e = await RejectedAsync(ImportKind.Employees, "people.xlsx", ZipBomb.Value, 0, null, "File.Xlsx.Compressed");
        Assert.Contains("100:1", Message(e));
    }

    [Fact]
    public async Task Import_OtherExtension_IsRefused() =>
        await RejectedAsync(ImportKind.Employees, "e.txt", Employees(Emp(Num())), 0, null, "Import.Error.Extension");

    [Fact]
    public async Task Skills_UnknownEmployeeAndTaxonomy_AreReported()
    {
        var employee = await app.WithDbAsync(db => db.Employees.Select(e => e.EmployeeNumber).FirstAsync());
        await RejectedAsync(ImportKind.Skills, "s.csv", Csv(SkillsHeader, $"NOBODY-9,SEP.SX.CASCADE,3,,,2025-01-01"), 2, "employee_number", "Import.Error.UnknownEmployee");
        await RejectedAsync(ImportKind.Skills, "s.csv", Csv(SkillsHeader, $"{employee},NO.SUCH.CODE,3,,,2025-01-01"), 2, "taxonomy_code", "Import.Error.UnknownTaxonomy");
        await RejectedAsync(ImportKind.Skills, "s.csv", Csv(SkillsHeader, $"{employee},SEP.SX,3,,,2025-01-01"), 2, "taxonomy_code", "Import.Error.NotASkill");
    }

    [Fact]
    public async Task Skills_LevelOutOfRange_IsReported()
    {
        var employee = await app.WithDbAsync(db => db.Employees.Select(e => e.EmployeeNumber).FirstAsync());
        var e = await RejectedAsync(ImportKind.Skills, "s.csv", Csv(SkillsHeader, $"{employee},SEP.SX.CASCADE,5,,,2025-01-01"), 2, "level", "Import.Error.LevelRange");
        Assert.Contains("between 0 and 4", Message(e));
    }

    [Fact]
    public async Task OrgUnits_ParentCycleWithinFile_IsReported() =>
        await RejectedAsync(ImportKind.OrgUnits, "u.csv", Csv(OrgUnitsHeader, "CY-A,A,,separation,,CY-B", "CY-B,B,,separation,,CY-A"), 2, "parent_code", "Import.Error.Cycle");

    // ------------------------------------------------------------ good files

    [Fact]
    public async Task ImportEmployees_GoodFileThenUpsert_InsertsUpdatesAndAddsTimelineEvents()
    {
        string boss = Num(), a = Num(), b = Num();
        // The manager comes after the people reporting to them.
        var first = await ImportAsync(ImportKind.Employees, "new.csv",
            Employees(Emp(a, manager: boss), Emp(b, manager: boss, email: "b@example.com"), Emp(boss, unit: "SEP1", grade: "14", title: "senior_engineer", track: "management")));
        Assert.Equal(JobStatus.Succeeded, first.Job.Status);
        Assert.Equal((3, 0, 0), (first.Summary!.Inserted, first.Summary.Updated, first.Summary.Unchanged));
        var (bossId, aManager, hired) = await app.WithDbAsync(async db =>
        {
            var bossRow = await db.Employees.SingleAsync(e => e.EmployeeNumber == boss);
            var aRow = await db.Employees.SingleAsync(e => e.EmployeeNumber == a);
            var events = await db.EmploymentEvents.CountAsync(ev => ev.EmployeeId == aRow.Id && ev.Kind == EmploymentEventKind.Hired);
            return (bossRow.Id, aRow.ManagerId, events);
        });
        Assert.Equal(bossId, aManager);
        Assert.Equal(1, hired);

        // Second run: a is transferred and promoted, b unchanged.
        var second = await ImportAsync(ImportKind.Employees, "changes.csv",
            Employees(Emp(a, manager: boss, unit: "SEP2-SX", grade: "9"), Emp(b, manager: boss, email: "b@example.com"), Emp(boss, unit: "SEP1", grade: "14", title: "senior_engineer", track: "management")));
        Assert.Equal(JobStatus.Succeeded, second.Job.Status);
        Assert.Equal((0, 1, 2), (second.Summary!.Inserted, second.Summary.Updated, second.Summary.Unchanged));
        var events = await app.WithDbAsync(db => db.EmploymentEvents.Where(ev => db.Set<Employee>().Any(e => e.Id == ev.EmployeeId && e.EmployeeNumber == a)).Select(ev => new { ev.Kind, ev.FromValue, ev.ToValue }).ToListAsync());
        Assert.Contains(events, ev => ev.Kind == EmploymentEventKind.Transferred && ev.FromValue == "SEP1-SX" && ev.ToValue == "SEP2-SX");
        Assert.Contains(events, ev => ev.Kind == EmploymentEventKind.Promoted && ev.ToValue == "9");
        var unit = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == a).Select(e => e.OrgUnit!.Code).SingleAsync());
        Assert.Equal("SEP2-SX", unit);
    }

    [Fact]
    public async Task ImportEmployees_OptionalEducationColumn_SetsOnlyWhenFilled()
    {
        string a = Num(), b = Num();
        var header = EmployeesHeader + ",education";
        var first = await ImportAsync(ImportKind.Employees, "edu.csv", Csv(header, Emp(a) + ",doctorate", Emp(b) + ","));
        Assert.Equal(JobStatus.Succeeded, first.Job.Status);
        async Task<(EducationLevel, EducationLevel)> Levels() => await app.WithDbAsync(async db =>
            (await db.Employees.Where(e => e.EmployeeNumber == a).Select(e => e.Education).SingleAsync(),
             await db.Employees.Where(e => e.EmployeeNumber == b).Select(e => e.Education).SingleAsync()));
        Assert.Equal((EducationLevel.Doctorate, EducationLevel.Unknown), await Levels());

        // A file without the column (the older format) leaves education alone; a blank cell does too.
        var second = await ImportAsync(ImportKind.Employees, "plain.csv", Employees(Emp(a, grade: "9")));
        Assert.Equal(JobStatus.Succeeded, second.Job.Status);
        var third = await ImportAsync(ImportKind.Employees, "edu2.csv", Csv(header, Emp(a, grade: "9") + ",", Emp(b) + ",master"));
        Assert.Equal(JobStatus.Succeeded, third.Job.Status);
        Assert.Equal((EducationLevel.Doctorate, EducationLevel.Master), await Levels());
    }

    [Fact]
    public async Task Employees_UnknownEducation_ListsTheAllowedValues()
    {
        var error = await RejectedAsync(ImportKind.Employees, "e.csv", Csv(EmployeesHeader + ",education", Emp(Num()) + ",phd"), 2, "education", "Import.Error.BadEnum");
        Assert.Contains("doctorate", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employees_Xlsx_IsImported()
    {
        var n = Num();
        using var buffer = new MemoryStream();
        Xlsx.Write(buffer, "Employees", ImportFormats.Columns[ImportKind.Employees],
            [[n, "Wang", "Fang", "王芳", "fang.wang@example.com", "MAG-GBD", "Process engineer", "", "2021-06-01", "", "technical", "assistant_engineer", 6, "active", ""]]);
        var view = await ImportAsync(ImportKind.Employees, "people.xlsx", buffer.ToArray());
        Assert.Equal(JobStatus.Succeeded, view.Job.Status);
        var saved = await app.WithDbAsync(db => db.Employees.Include(e => e.OrgUnit).SingleAsync(e => e.EmployeeNumber == n));
        Assert.Equal(("王芳", "MAG-GBD", 6, ProfessionalTitle.AssistantEngineer), (saved.ChineseName, saved.OrgUnit!.Code, saved.Grade, saved.Title));
    }

    [Fact]
    public async Task OrgUnits_ParentDefinedLaterInFile_AndUpsert()
    {
        var view = await ImportAsync(ImportKind.OrgUnits, "units.csv",
            Csv(OrgUnitsHeader, "NEW-SX2,Second extraction line,第二萃取线,separation,Baotou,NEW-SX", "NEW-SX,Extraction lines,萃取线,separation,Baotou,SEP1"));
        Assert.Equal(JobStatus.Succeeded, view.Job.Status);
        Assert.Equal(2, view.Summary!.Inserted);
        var parent = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "NEW-SX2").Select(u => u.Parent!.Code).SingleAsync());
        Assert.Equal("NEW-SX", parent);

        var again = await ImportAsync(ImportKind.OrgUnits, "units.csv", Csv(OrgUnitsHeader, "NEW-SX2,Second SX line,第二萃取线,separation,Ganzhou,SEP2"));
        Assert.Equal((0, 1), (again.Summary!.Inserted, again.Summary.Updated));
        var moved = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "NEW-SX2").Select(u => new { u.Name, u.Site, Parent = u.Parent!.Code }).SingleAsync());
        Assert.Equal(("Second SX line", "Ganzhou", "SEP2"), (moved.Name, moved.Site, moved.Parent));
    }

    [Fact]
    public async Task ImportTaxonomyAndSkills_ImportThenUpsert_InsertsAndUpdates()
    {
        var tax = await ImportAsync(ImportKind.Taxonomy, "tax.csv", Csv(TaxonomyHeader,
            "SEP.SX.MODEL,skill,Extraction cascade simulation,萃取串级仿真,separation,SEP.SX,\"Steady-state models, McCabe–Thiele\""));
        Assert.Equal(JobStatus.Succeeded, tax.Job.Status);
        var employee = await app.WithDbAsync(db => db.Employees.OrderBy(e => e.Id).Select(e => e.EmployeeNumber).FirstAsync());

        var first = await ImportAsync(ImportKind.Skills, "skills.csv", Csv(SkillsHeader, $"{employee},SEP.SX.MODEL,2,Course,Zhang San,2025-03-01"));
        Assert.Equal(1, first.Summary!.Inserted);
        var second = await ImportAsync(ImportKind.Skills, "skills.csv", Csv(SkillsHeader, $"{employee},SEP.SX.MODEL,3,Ran the Ganzhou cascade,Zhang San,2025-09-01"));
        Assert.Equal((0, 1), (second.Summary!.Inserted, second.Summary.Updated));
        var record = await app.WithDbAsync(db => db.SkillRecords.SingleAsync(s => s.Employee!.EmployeeNumber == employee && s.TaxonomyNode!.Code == "SEP.SX.MODEL"));
        Assert.Equal((3, "Ran the Ganzhou cascade"), (record.Level, record.Evidence));
        var description = await app.WithDbAsync(db => db.TaxonomyNodes.Where(n => n.Code == "SEP.SX.MODEL").Select(n => n.Description).SingleAsync());
        Assert.Equal("Steady-state models, McCabe–Thiele", description);
    }

    [Fact]
    public async Task Employees_LargeFileChangingOneGrade_AuditsTheChangedFieldInTheChain()
    {
        // More rows than the old 5,000-row limit above which imports switched row audit off.
        var prefix = Num();
        var lines = Enumerable.Range(0, 5001).Select(i => Emp($"{prefix}-{i:D5}")).ToArray();
        var first = await ImportAsync(ImportKind.Employees, "big.csv", Employees(lines));
        Assert.Equal(lines.Length, first.Summary!.Inserted);
        var insertAudits = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Employee) && a.Action == AuditAction.Insert && a.Changes.Contains(prefix)));
        Assert.Equal(lines.Length, insertAudits);

        var changed = $"{prefix}-04711";
        lines[4711] = Emp(changed, grade: "9");
        var lastBefore = await app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        var second = await ImportAsync(ImportKind.Employees, "big.csv", Employees(lines));

        Assert.Equal((0, 1, lines.Length - 1), (second.Summary!.Inserted, second.Summary.Updated, second.Summary.Unchanged));
        var id = await app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == changed).Select(e => e.Id).SingleAsync());
        var audits = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > lastBefore).OrderBy(a => a.Id).ToListAsync());
        var update = Assert.Single(audits, a => a.Entity == nameof(Employee));
        Assert.Equal((AuditAction.Update, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (update.Action, update.EntityKey));
        Assert.Contains("\"Grade\":[\"8\",\"9\"]", update.Changes);
        Assert.Contains(audits, a => a.Entity == "Import" && a.Action == AuditAction.Event && a.Changes.Contains("\"updated\":[null,\"1\"]"));
        var verification = await app.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(verification.Intact, verification.Reason);
    }

    private sealed class FailOnNumberHook(string number) : ISaveChangesHook
    {
        public void BeforeSave(TalentChainDbContext db)
        {
            if (db.ChangeTracker.Entries<Employee>().Any(e => e.State == EntityState.Added && e.Entity.EmployeeNumber == number))
                throw new InvalidOperationException("simulated database failure");
        }
    }

    [Fact]
    public async Task Employees_FailureMidWrite_RollsBackEverything()
    {
        // The failure comes in the second batch, after the first batch was saved inside the transaction.
        var prefix = Num();
        var lines = Enumerable.Range(0, ImportHandler.BatchSize + 200).Select(i => Emp($"{prefix}-{i:D5}")).ToArray();
        var failing = $"{prefix}-{ImportHandler.BatchSize + 100:D5}";
        using var failingApp = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<ISaveChangesHook>(_ => new FailOnNumberHook(failing))));
        var before = await CountAsync();

        using var scope = failingApp.Services.CreateScope();
        var job = await scope.ServiceProvider.GetRequiredService<ImportJobs>().RunInlineAsync(ImportKind.Employees, "e.csv", Employees(lines));

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal(JobErrors.Unexpected, job.Error); // the exception's text is logged, not stored for users to read
        Assert.Equal(before, await CountAsync());
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber.StartsWith(prefix))));
    }

    private sealed class OutOfMemoryHook : ISaveChangesHook
    {
        public void BeforeSave(TalentChainDbContext db)
        {
            if (db.ChangeTracker.Entries<Employee>().Any(e => e.State == EntityState.Added && e.Entity.EmployeeNumber.StartsWith("OOM", StringComparison.Ordinal)))
#pragma warning disable CA2201 // the very exception the issue saw: its text must never reach the user
                throw new OutOfMemoryException();
#pragma warning restore CA2201
        }
    }

    [Fact]
    public async Task UnexpectedFailure_ShowsAGenericTranslatedMessage_NeverTheExceptionText()
    {
        using var failingApp = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<ISaveChangesHook>(_ => new OutOfMemoryHook())));
        using var scope = failingApp.Services.CreateScope();
        var job = await scope.ServiceProvider.GetRequiredService<ImportJobs>().RunInlineAsync(ImportKind.Employees, "e.csv", Employees(Emp("OOM" + Num())));
        Assert.Equal(JobStatus.Failed, job.Status);

        var api = await app.ApiClientAsync("admin");
        static string Error(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("error").GetString()!;
        var en = Error(await api.GetStringAsync($"/api/v1/imports/jobs/{job.Id}"));
        var zh = Error(await api.GetStringAsync($"/api/v1/imports/jobs/{job.Id}?culture=zh-CN"));
        var page = await (await app.SignInAsync("admin")).GetStringAsync($"/imports/jobs/{job.Id}");

        Assert.StartsWith("The job stopped because of an unexpected error.", en, StringComparison.Ordinal);
        Assert.StartsWith("任务因意外错误而中止", zh, StringComparison.Ordinal);
        Assert.Contains("The job stopped because of an unexpected error.", page);
        foreach (var text in new[] { en, zh, page })
        {
            Assert.DoesNotContain("OutOfMemory", text);
            Assert.DoesNotContain("System.", text);
        }
    }

    [Fact]
    public async Task ImportCli_InvalidThenGoodFile_PrintsReportThenSummary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        try
        {
            await File.WriteAllBytesAsync(path, Employees(Emp(Num(), grade: "99")));
            using var scope = app.Services.CreateScope();
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(1, await ImportCli.RunAsync(scope.ServiceProvider, "employees", path, output, error));
            Assert.Contains("2\tgrade\t99\tThe grade must be between 1 and 20.", error.ToString());

            var n = Num();
            await File.WriteAllBytesAsync(path, Employees(Emp(n)));
            output = new StringWriter();
            Assert.Equal(0, await ImportCli.RunAsync(scope.ServiceProvider, "employees", path, output, error));
            Assert.Contains("Imported 1 rows: 1 new", output.ToString());
            Assert.Contains("Writing to the database", output.ToString());
            Assert.True(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber == n)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class ImportTestsSqlite(TalentChainFactory app) : ImportTests(app), IClassFixture<TalentChainFactory>;

public sealed class ImportTestsPostgres(PostgresFactory app) : ImportTests(app), IClassFixture<PostgresFactory>;
