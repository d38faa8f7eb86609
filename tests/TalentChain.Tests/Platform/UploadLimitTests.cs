using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Exports.Features.Applications;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Exports.ExportsApi;

namespace TalentChain.Tests.Platform;

/// <summary>
/// Oversized and mistyped request bodies on real Kestrel (its request-body limit is what the in-memory test server
/// lacks): a clear, translated 413 or 415 — never a 500 or a 403.
/// </summary>
public class UploadLimitTests(KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private const long MiB = 1024 * 1024;

    /// <summary>A multipart form with one file of zeros, streamed (never held in memory); chunked unless the length is declared.</summary>
    private static MultipartFormDataContent Form(long fileBytes, string fileName, bool declareLength, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new ZeroContent(fileBytes, declareLength), "file", fileName);
        return form;
    }

    private static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 600)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<ProblemDetails>(body, ApiJson.Options)!;
    }

    private static async Task<int> DraftAsync(HttpClient api)
    {
        var created = await ApiAssert.JsonAsync<ApplicationView>(await api.PostAsJsonAsync("/api/v1/exports/applications", await DraftInputAsync(api)), HttpStatusCode.Created);
        return created.Summary.Id;
    }

    private static async Task<string> TokenAsync(HttpClient browser, string page)
    {
        var html = HttpTestExtensions.ParseHtml(await browser.GetStringAsync(page));
        return html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DocumentUploadApi_OverTheLimit_Is413NamingTheLimit(bool declareLength)
    {
        var api = await app.ApiClientAsync("trade");
        var id = await DraftAsync(api);

        var response = await api.PostAsync($"/api/v1/exports/applications/{id}/documents", Form(30 * MiB, "contract.pdf", declareLength, ("kind", "Contract")));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The upload is too large", problem.Title);
        Assert.Equal("The upload is larger than 5 MB, the most accepted here. Choose a smaller file or split it.", problem.Detail);
    }

    [Fact]
    public async Task DocumentUploadPage_OverTheLimit_Is413WithMessage()
    {
        var api = await app.ApiClientAsync("trade");
        var id = await DraftAsync(api);
        var browser = await app.SignInAsync("trade");
        var token = await TokenAsync(browser, $"/exports/applications/{id}");

        var response = await browser.PostAsync($"/exports/applications/{id}?handler=Upload",
            Form(30 * MiB, "contract.pdf", declareLength: false, ("__RequestVerificationToken", token), ("DocumentKind", "Contract")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("The upload is larger than 5 MB", page.QuerySelector("#error-page")!.TextContent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportUploadApi_Over50MB_Is413NamingTheLimit(bool declareLength)
    {
        var api = await app.ApiClientAsync("admin");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await api.PostAsync("/api/v1/imports/employees", Form(52 * MiB, "people.csv", declareLength));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("上传内容过大", problem.Title);
        Assert.StartsWith("上传内容超过此处允许的上限 50 MB。", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportUploadPage_Over50MB_Is413WithMessage(bool htmx)
    {
        var browser = await app.SignInAsync("admin");
        var token = await TokenAsync(browser, "/imports");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports")
        {
            Content = Form(52 * MiB, "people.csv", declareLength: !htmx, ("__RequestVerificationToken", token), ("Kind", "employees")),
        };
        if (htmx) request.Headers.Add("HX-Request", "true");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = HttpTestExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        var message = htmx ? html.QuerySelector("#upload-refused") : html.QuerySelector("#error-page");
        Assert.NotNull(message);
        Assert.Contains("The upload is larger than 50 MB", message!.TextContent);
    }

    [Fact]
    public async Task JsonBody_OverKestrelsDefaultLimit_Is413NamingIt()
    {
        var api = await app.ApiClientAsync("trade");
        var content = new ZeroContent(31 * MiB, declareLength: true);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var problem = await ProblemAsync(await api.PostAsync("/api/v1/exports/applications", content), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("28.6 MB", problem.Detail);
    }

    [Fact]
    public async Task ImportApi_TextInsteadOfMultipart_Is415()
    {
        var api = await app.ApiClientAsync("admin");

        var response = await api.PostAsync("/api/v1/imports/employees", new StringContent("employee_number\nE1\n", null, "text/plain"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("This address does not accept content of type text/plain; charset=utf-8.", problem.Detail);
    }

    [Fact]
    public async Task DocumentApi_JsonInsteadOfMultipart_Is415()
    {
        var api = await app.ApiClientAsync("trade");
        var id = await DraftAsync(api);

        var response = await api.PostAsJsonAsync($"/api/v1/exports/applications/{id}/documents", new { kind = "Contract", file = "JVBERi0=" });

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task JsonApi_FormOrTextBody_Is415()
    {
        var api = await app.ApiClientAsync("trade");
        var browser = await app.SignInAsync("trade");

        await ProblemAsync(await api.PostAsync("/api/v1/exports/applications", new StringContent("{}", null, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(await api.PostAsync("/api/v1/exports/applications", new FormUrlEncodedContent([new("kind", "New")])), HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(await browser.PostAsync("/api/v1/exports/applications", new StringContent("{}", null, "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task WrongContentType_BeforeSignIn_Is415()
    {
        // Answered before sign-in, like an unknown route: the body says only that the type is not accepted.
        var anonymous = app.NewClient(cookies: false);
        var response = await anonymous.PostAsync("/api/v1/imports/employees", new StringContent("x", null, "text/plain"));
        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        // Every member ProblemDetails does not declare lands in Extensions: no "errors" there means none on the wire.
        Assert.False(problem.Extensions.ContainsKey("errors"));
    }

    /// <summary>Zeros of a given length, generated while sent; declares its length or goes chunked.</summary>
    private sealed class ZeroContent(long length, bool declareLength) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            for (long sent = 0; sent < length; sent += chunk.Length)
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, length - sent)));
        }

        protected override bool TryComputeLength(out long length1)
        {
            length1 = length;
            return declareLength;
        }
    }
}
