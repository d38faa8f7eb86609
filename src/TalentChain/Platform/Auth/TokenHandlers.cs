using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth;

public sealed record TokenSummary(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record CreateTokenRequest(string Name, int? ExpiresInDays);

/// <summary>The secret is returned once, at creation; only its hash is kept.</summary>
public sealed record CreatedToken(int Id, string Name, string Token, DateTimeOffset? ExpiresAt);

/// <summary>A user's own personal access tokens: list, create, revoke. Used by the Tokens page and the API.</summary>
public sealed class TokenHandlers(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public Task<List<TokenSummary>> ListAsync(string userId, CancellationToken ct = default) =>
        db.PersonalAccessTokens.AsNoTracking().Where(x => x.UserId == userId).OrderByDescending(x => x.Id)
            .Select(x => new TokenSummary(x.Id, x.Name, x.Prefix, x.CreatedAt, x.ExpiresAt, x.LastUsedAt, x.RevokedAt))
            .ToListAsync(ct);

    public async Task<CreatedToken> CreateAsync(string userId, CreateTokenRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(nameof(request.Name), t["Tokens.NameRequired"]);
        else if (name.Length > 100) errors.Add(nameof(request.Name), t["Tokens.NameTooLong", 100]);
        if (request.ExpiresInDays is { } d && (d < 1 || d > 366)) errors.Add(nameof(request.ExpiresInDays), t["Tokens.ExpiryRange", 1, 366]);
        errors.ThrowIfAny(t["Tokens.Invalid"]);

        var now = clock.GetUtcNow();
        var secret = PersonalAccessTokenSecrets.NewSecret();
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name,
            Prefix = PersonalAccessTokenSecrets.DisplayPrefix(secret),
            SecretHash = PersonalAccessTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedToken(token.Id, token.Name, secret, token.ExpiresAt);
    }

    public async Task RevokeAsync(string userId, int id, CancellationToken ct = default)
    {
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct)
            ?? throw new NotFoundException(t["Tokens.NotFound", id]);
        if (token.RevokedAt is not null) return;
        token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
