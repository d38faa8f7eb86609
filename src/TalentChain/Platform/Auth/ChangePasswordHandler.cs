using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth;

/// <param name="KeepTokens">Leave the user's personal access tokens working; by default a password change revokes them.</param>
public sealed record ChangePasswordRequest(string Current, string New, bool KeepTokens = false);

public sealed record PasswordChanged(int TokensRevoked);

/// <summary>
/// The signed-in user changes their own password (page /account/password and POST /api/v1/me/password). The new
/// password rotates the security stamp, which ends the user's other sessions on every node; the caller re-issues
/// its own cookie. Unless asked to keep them, the user's tokens are revoked in the same transaction.
/// </summary>
public sealed class ChangePasswordHandler(UserManager<AppUser> users, TalentChainDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public async Task<PasswordChanged> HandleAsync(string userId, ChangePasswordRequest request, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException(t["Users.NotFound"]);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, request.Current ?? "", request.New ?? "");
        if (!result.Succeeded)
        {
            var errors = new FieldErrors();
            foreach (var e in result.Errors)
                errors.Add(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(request.Current) : nameof(request.New), e.Description);
            errors.ThrowIfAny(t["Session.PasswordNotChanged"]);
        }
        var revoked = 0;
        if (!request.KeepTokens)
        {
            var now = clock.GetUtcNow();
            var tokens = await db.PersonalAccessTokens.Where(x => x.UserId == userId && x.RevokedAt == null).ToListAsync(ct);
            foreach (var token in tokens) token.RevokedAt = now;
            await db.SaveChangesAsync(ct);
            revoked = tokens.Count;
        }
        await tx.CommitAsync(ct);
        return new PasswordChanged(revoked);
    }
}
