using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.BrowserTests;

public class ImportTests(AppServer server) : IClassFixture<AppServer>
{
    private const string Header =
        "employee_number,family_name,given_name,chinese_name,email,org_unit_code,position,manager_employee_number,hire_date,birth_date,track,title,grade,status,departure_date";

    private async Task<int> EmployeeCountAsync()
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().Employees.CountAsync();
    }

    private static async Task UploadAsync(IPage page, string fileName, string csv)
    {
        await page.GotoAsync("/imports");
        await page.SelectOptionAsync("#Kind", "employees");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#start-import");
    }

    [Fact]
    public async Task ImportCsv_OneBadRowThenGoodFile_ReportsThenImports()
    {
        var page = await server.SignedInPageAsync("admin");
        var before = await EmployeeCountAsync();

        var bad = string.Join("\n", Header,
            "BT-0001,Zhao,Lei,赵磊,lei.zhao@example.com,SEP1-SX,Extraction process engineer,,2022-04-01,1991-02-03,technical,engineer,9,active,",
            "BT-0002,Qian,Min,钱敏,min.qian@example.com,NO-SUCH-UNIT,SX operator,BT-0001,2023-07-15,,operations,technician,5,active,",
            "");
        await UploadAsync(page, "new-hires.csv", bad);
        await page.WaitForSelectorAsync("#import-report");
        await server.ScreenshotAsync(page, "import-report");
        var cells = await page.Locator("#import-report tbody tr").First.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["3", "org_unit_code", "NO-SUCH-UNIT"], cells.Take(3).Select(c => c.Trim()));
        Assert.True(await page.Locator("#report-xlsx").IsVisibleAsync());
        Assert.Equal(before, await EmployeeCountAsync());

        var good = bad.Replace("NO-SUCH-UNIT", "SEP1-SX", StringComparison.Ordinal);
        await UploadAsync(page, "new-hires.csv", good);
        await page.WaitForSelectorAsync("#import-summary");
        await server.ScreenshotAsync(page, "import-success");
        Assert.Contains("2 new", await page.TextContentAsync("#import-summary"));
        Assert.Equal(before + 2, await EmployeeCountAsync());
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var qian = await db.Employees.SingleAsync(e => e.EmployeeNumber == "BT-0002");
        Assert.Equal("钱敏", qian.ChineseName);
        Assert.Equal(await db.Employees.Where(e => e.EmployeeNumber == "BT-0001").Select(e => (int?)e.Id).SingleAsync(), qian.ManagerId);

        // The same report in Chinese: the stored problems are localised when shown.
        await page.ClickAsync("#lang-zh");
        await page.WaitForSelectorAsync("h1 >> text=导入");
        await page.ClickAsync("#recent-imports tbody tr:nth-child(2) a");
        await page.WaitForSelectorAsync("#import-report >> text=不存在该编码的组织单元。");
        await server.ScreenshotAsync(page, "import-report-zh");
    }
}
