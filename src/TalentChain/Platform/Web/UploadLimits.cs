using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace TalentChain.Platform.Web;

/// <summary>
/// Endpoint metadata (minimal API <c>.WithMetadata(...)</c> or an attribute on a page model): the largest file the
/// endpoint takes. The request may be that plus <see cref="FormOverhead"/> (multipart framing and the form's other
/// fields); a larger one is answered 413 with a message naming <see cref="MaxFileBytes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UploadLimitAttribute(long maxFileBytes) : Attribute, IRequestSizeLimitMetadata
{
    public const long FormOverhead = 1024 * 1024;
    public long MaxFileBytes { get; } = maxFileBytes;
    public long? MaxRequestBodySize => MaxFileBytes + FormOverhead;
}

/// <summary>
/// Oversized uploads and bodies of the wrong type get a clear, translated 4xx instead of a 500 or a 403:
/// <list type="bullet">
/// <item>a body larger than the endpoint's limit (its <see cref="UploadLimitAttribute"/>, another request-size
/// limit, or the server's default — Kestrel's 30,000,000 bytes) is refused with 413 before it is read when it
/// declares its length, and with 413 when reading it hits the limit (chunked uploads);</item>
/// <item>a body whose Content-Type the endpoint does not accept gets 415. Routing answers that with an endpoint
/// of its own that carries no metadata, so the deny-by-default authorization fallback used to turn it into 403.</item>
/// </list>
/// The API gets ProblemDetails; htmx requests an alert fragment; pages the error page (re-executed) with the message.
/// </summary>
public static class UploadLimits
{
    /// <summary>The limit shown on the error page of a page request (HttpContext.Items key).</summary>
    public const string LimitItem = "TalentChain.UploadLimitBytes";

    // AcceptsMatcherPolicy's rejection endpoint (no metadata, this display name).
    private const string UnsupportedMediaTypeEndpoint = "415 HTTP Unsupported Media Type";

    /// <summary>
    /// What is read past a limit so the client can finish sending and then read the 413 (a client still sending
    /// when the server closes gets a broken pipe, not the answer). Bodies declared larger than the limit plus this
    /// are refused without reading; the connection then closes.
    /// </summary>
    private const long DrainAllowance = 64L * 1024 * 1024;

    /// <summary>After routing (the endpoint and its limit are known), before authentication and antiforgery read anything.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var endpoint = ctx.GetEndpoint();
        if (endpoint is { Metadata.Count: 0, DisplayName: UnsupportedMediaTypeEndpoint })
        {
            await UnsupportedMediaTypeAsync(ctx);
            return;
        }

        var feature = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var upload = endpoint?.Metadata.GetMetadata<UploadLimitAttribute>();
        var limit = upload?.MaxRequestBodySize ?? endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? feature?.MaxRequestBodySize;
        var hasBody = ctx.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? ctx.Request.ContentLength > 0;
        if (limit is not { } max || !hasBody)
        {
            await next(ctx);
            return;
        }
        var shown = upload?.MaxFileBytes ?? max;
        // The limit is counted here; the server's own limit only stops what is too large even to drain.
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = max + DrainAllowance;
        var original = ctx.Request.Body;

        if (ctx.Request.ContentLength > max)
        {
            await DrainAsync(original, DrainAllowance + max);
            await TooLargeAsync(ctx, shown);
            return;
        }

        var limited = new LimitedRequestBody(original, max);
        ctx.Request.Body = limited;
        try
        {
            await next(ctx);
        }
        catch (Exception) when (limited.Exceeded && !ctx.Response.HasStarted)
        {
            // Form reading, model binding or a handler failed on the limit: the upload was too large, nothing else.
        }
        finally
        {
            ctx.Request.Body = original;
        }
        // Some readers turn the failure into an answer of their own (antiforgery: 400; a page: "choose a file",
        // 422): while nothing has been sent, the answer is 413.
        if (limited.Exceeded && !ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            await DrainAsync(original, DrainAllowance);
            await TooLargeAsync(ctx, shown);
        }
    });

    /// <summary>Reads and discards the rest of the body (at most <paramref name="allowance"/> bytes); a client that gives up ends it.</summary>
    private static async Task DrainAsync(Stream body, long allowance)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long read = 0;
            int n;
            while (read < allowance && (n = await body.ReadAsync(buffer)) > 0) read += n;
        }
        catch (IOException)
        {
            // The client went away or the server's hard limit was reached: the connection closes.
        }
        catch (OperationCanceledException)
        {
            // Request aborted.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The request body as readers see it: it ends in a 413 error one byte past the limit.</summary>
    private sealed class LimitedRequestBody(Stream inner, long limit) : Stream
    {
        private long _read;
        public bool Exceeded { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            _read += n;
            if (_read <= limit) return n;
            Exceeded = true;
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.CurrentCulture);

    private static Task TooLargeAsync(HttpContext ctx, long limit)
    {
        var t = ctx.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return RespondAsync(ctx, StatusCodes.Status413PayloadTooLarge, t["Upload.TooLarge.Title"], t["Upload.TooLarge", Megabytes(limit)], limit);
    }

    private static Task UnsupportedMediaTypeAsync(HttpContext ctx)
    {
        var t = ctx.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var type = string.IsNullOrEmpty(ctx.Request.ContentType) ? "—" : ctx.Request.ContentType;
        return RespondAsync(ctx, StatusCodes.Status415UnsupportedMediaType, t["Upload.UnsupportedMediaType.Title"], t["Upload.UnsupportedMediaType", type], null);
    }

    private static async Task RespondAsync(HttpContext ctx, int status, string title, string detail, long? limit)
    {
        ctx.Response.StatusCode = status;
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            var problems = ctx.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            });
        }
        else if (ctx.Request.IsHtmx())
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync($"<div class=\"alert alert-danger\" role=\"alert\" id=\"upload-refused\">{HtmlEncoder.Default.Encode(detail)}</div>");
        }
        else if (limit is not null)
        {
            // No body: the status-code page re-executes the error page, which shows the limit.
            ctx.Items[LimitItem] = limit;
        }
    }
}
