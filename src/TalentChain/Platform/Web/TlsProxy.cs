using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TalentChain.Platform.Web;

/// <summary>
/// Running behind a TLS-terminating reverse proxy (ADR 0032): X-Forwarded-For and X-Forwarded-Proto are believed
/// only from trusted proxies — loopback always, plus <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), each an array or a comma-separated list. Once the scheme is
/// forwarded the request counts as HTTPS, so the auth, antiforgery and culture cookies are Secure and HSTS is sent.
/// </summary>
public static class TlsProxy
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTlsProxy(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        // Parsed now, so a typo stops the app at start-up instead of failing every request.
        var proxies = List(configuration.GetSection(Section + ":KnownProxies"))
            .Select(p => IPAddress.TryParse(p, out var a) ? a : throw new InvalidOperationException($"{Section}:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = List(configuration.GetSection(Section + ":KnownNetworks"))
            .Select(n => System.Net.IPNetwork.TryParse(n, out var net) ? net : throw new InvalidOperationException($"{Section}:KnownNetworks: '{n}' is not a network in CIDR notation (10.0.0.0/8).")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults (127.0.0.0/8 and ::1) stay: a proxy on the same host is always trusted.
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        if (!development) services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline, so everything after sees the client's scheme and address.</summary>
    public static IApplicationBuilder UseTlsProxy(this IApplicationBuilder app, bool development)
    {
        app.UseForwardedHeaders();
        // Sent on HTTPS requests only (not to localhost); a plain-HTTP development setup is not pinned to HTTPS.
        if (!development) app.UseHsts();
        return app;
    }

    private static IEnumerable<string> List(IConfigurationSection section) =>
        (section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
