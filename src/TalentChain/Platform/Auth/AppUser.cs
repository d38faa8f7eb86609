using Microsoft.AspNetCore.Identity;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Auth;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>The employee this account belongs to, when it belongs to one.</summary>
    public int? EmployeeId { get; set; }
    public string? PreferredCulture { get; set; }
}

/// <summary>A personal access token for scripts on the JSON API. Only a SHA-256 hash of the secret is stored.</summary>
public class PersonalAccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the token, shown in the UI so a user can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
