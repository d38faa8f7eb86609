using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Files on a disclosure (实验记录, 研究报告): an inventor attaches, lists and downloads the same bytes; a file whose content
/// is not what its name says, a type not accepted and a zip bomb are refused in both languages with nothing written; an
/// outsider and a line manager (title-and-status view) get 404; after submission nobody adds or deletes.
/// </summary>
public abstract class AttachmentApiTests(CommercializationFactory app)
{
    private const string Api = CommercializationDriver.Api;
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private readonly CommercializationDriver _d = new(app);

    private static MultipartFormDataContent Form(string kind, byte[] content, string fileName) =>
        new() { { new StringContent(kind), "kind" }, { new ByteArrayContent(content), "file", fileName } };

    private Task<int> CountAsync(int disclosureId) =>
        app.WithDbAsync(db => db.CommercializationAttachments.CountAsync(a => a.Owner == AttachmentOwner.Disclosure && a.OwnerId == disclosureId));

    [Fact]
    public async Task Attachments_InventorUploadsAndHostileFilesAreRefused_OutsiderAndManagerGet404AndSubmittedIsClosed()
    {
        var inventor = await _d.AccountAsync("participant");
        var manager = await _d.AccountAsync("manager");
        var report = await _d.ReportOfAsync(manager.Id);
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Grain-boundary diffusion notebook", [(inventor.Number, 60m), (report.Number, 40m)], app.Today.AddDays(-20)));
        var client = await _d.As("participant");

        using (var form = Form("LabNotebook", Pdf, "notebook 2026-05.pdf"))
        {
            var added = await ApiAssert.JsonAsync<AttachmentView>(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", form), HttpStatusCode.Created);
            Assert.Equal((AttachmentKind.LabNotebook, "notebook 2026-05.pdf", "application/pdf", (long)Pdf.Length), (added.Kind, added.FileName, added.ContentType, added.Size));
        }
        var list = await client.GetJsonAsync<List<AttachmentView>>($"{Api}/disclosures/{d.Id}/attachments");
        var file = Assert.Single(list);
        var download = await client.GetAsync($"{Api}/disclosures/{d.Id}/attachments/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        // Hostile files: an executable named .pdf, an .exe, a zip bomb named .xlsx — refused, nothing written.
        using (var fake = Form("Report", "MZ\u0090 not a pdf"u8.ToArray(), "report.pdf"))
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", fake), "File"), m => m.Contains("first bytes", StringComparison.Ordinal));
        using (var exe = Form("Report", Pdf, "report.exe"))
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", exe), "File"), m => m.Contains(".docx", StringComparison.Ordinal));
        using (var bomb = Form("Report", TalentChain.Tests.Platform.HostileWorkbooks.Bomb(3L * 1024 * 1024), "data.xlsx"))
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", bomb), "File"), m => m.Contains("zip bomb", StringComparison.Ordinal));
        using (var bombZh = new HttpRequestMessage(HttpMethod.Post, $"{Api}/disclosures/{d.Id}/attachments") { Content = Form("Report", TalentChain.Tests.Platform.HostileWorkbooks.Bomb(3L * 1024 * 1024), "data.xlsx") })
        {
            bombZh.Headers.AcceptLanguage.ParseAdd("zh-CN");
            Assert.Contains(await ApiAssert.FieldErrorsAsync(await client.SendAsync(bombZh), "File"), m => m.Contains("压缩炸弹", StringComparison.Ordinal));
        }
        using (var noKind = Form("Contract", Pdf, "x.pdf"))
            await ApiAssert.FieldErrorsAsync(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", noKind), "Kind");
        Assert.Equal(1, await CountAsync(d.Id));

        // Someone with no part, and the line manager of an inventor (title and status only): 404 for the list, the file and a delete.
        foreach (var login in new[] { "pm", "manager" })
        {
            var other = await _d.As(login);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/disclosures/{d.Id}/attachments")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/disclosures/{d.Id}/attachments/{file.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"{Api}/disclosures/{d.Id}/attachments/{file.Id}")).StatusCode);
            using var theirs = Form("Other", Pdf, "x.pdf");
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{Api}/disclosures/{d.Id}/attachments", theirs)).StatusCode);
        }
        // An attachment id of another disclosure is not found through this one.
        var mine = await _d.CreateAsync("participant", CommercializationDriver.Input("Another draft", [(inventor.Number, 100m)], app.Today.AddDays(-2)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/disclosures/{mine.Id}/attachments/{file.Id}")).StatusCode);
        // The office sees the file.
        Assert.Single(await (await _d.As("tto")).GetJsonAsync<List<AttachmentView>>($"{Api}/disclosures/{d.Id}/attachments"));

        // A second file, deleted while draft.
        using (var report2 = Form("Report", Pdf, "report.pdf"))
        {
            var second = await ApiAssert.JsonAsync<AttachmentView>(await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", report2), HttpStatusCode.Created);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api}/disclosures/{d.Id}/attachments/{second.Id}")).StatusCode);
        }
        Assert.Equal(1, await CountAsync(d.Id));

        // Submitted: the files stay readable, but nothing is added or deleted any more.
        await _d.SubmitAsync("participant", d.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"{Api}/disclosures/{d.Id}/attachments/{file.Id}")).StatusCode);
        using (var late = Form("Report", Pdf, "late.pdf"))
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Api}/disclosures/{d.Id}/attachments", late)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/disclosures/{d.Id}/attachments/{file.Id}")).StatusCode);
        Assert.Equal(1, await CountAsync(d.Id));
    }

    [Fact]
    public async Task DetailPage_InventorDownloadsThroughThePage_OutsiderGets404()
    {
        var inventor = await _d.AccountAsync("participant");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Page attachments", [(inventor.Number, 100m)], app.Today.AddDays(-5)));
        using (var form = Form("Report", Pdf, "page-report.pdf"))
            await ApiAssert.JsonAsync<AttachmentView>(await (await _d.As("participant")).PostAsync($"{Api}/disclosures/{d.Id}/attachments", form), HttpStatusCode.Created);
        var fileId = await app.WithDbAsync(db => db.CommercializationAttachments.Where(a => a.OwnerId == d.Id && a.Owner == AttachmentOwner.Disclosure).Select(a => a.Id).FirstAsync());

        var browser = await app.SignInAsync("participant");
        var page = await browser.GetHtmlAsync($"/commercialization/disclosures/{d.Id}");
        Assert.Contains("page-report.pdf", page.QuerySelector("#attachments")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#attach-form"));
        Assert.Equal(Pdf, await browser.GetByteArrayAsync($"/commercialization/disclosures/{d.Id}?handler=Attachment&attachmentId={fileId}"));

        var outsider = await app.SignInAsync("pm");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/commercialization/disclosures/{d.Id}?handler=Attachment&attachmentId={fileId}")).StatusCode);
    }
}

public sealed class AttachmentApiTestsSqlite(CommercializationFactory app) : AttachmentApiTests(app), IClassFixture<CommercializationFactory>;

public sealed class AttachmentApiTestsPostgres(CommercializationPostgresFactory app) : AttachmentApiTests(app), IClassFixture<CommercializationPostgresFactory>;
