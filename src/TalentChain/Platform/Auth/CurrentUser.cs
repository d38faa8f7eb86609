using System.Security.Claims;

namespace TalentChain.Platform.Auth;

/// <summary>Who is acting: the signed-in user on a request, or the named actor of a CLI verb or background job.</summary>
public interface ICurrentUser
{
    string Name { get; }
    ClaimsPrincipal? Principal { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly AsyncLocal<string?> Override = new();

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string Name =>
        Override.Value
        ?? (Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name ?? "unknown" : null)
        ?? "system";

    /// <summary>Attributes the changes made in this async flow (a job, a CLI verb) to the given actor.</summary>
    public static IDisposable ActAs(string name)
    {
        var previous = Override.Value;
        Override.Value = name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
