using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Auth;

public sealed record UserSummary(string Id, string Email, string DisplayName, string[] Roles, string? EmployeeNumber, bool LockedOut, int FailedSignIns);

public sealed record CreateUserRequest(string Email, string DisplayName, string Password, string[] Roles, string? EmployeeNumber);

public sealed record SetRolesRequest(string[] Roles);

/// <summary>Administration of accounts: list, create, set roles (which ends the account's sessions), unlock (which ends sign-in waits). Used by /admin/users and /api/v1/users.</summary>
public sealed class UserAdminHandlers(UserManager<AppUser> users, TalentChainDbContext db, IEmployeeRegistry employees, SignInThrottle throttle, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public async Task<List<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.UserId, r => roleNames[r.RoleId]);
        var employeeIds = accounts.Where(a => a.EmployeeId is not null).Select(a => a.EmployeeId!.Value).ToList();
        var numbers = await employees.NumbersAsync(employeeIds, ct);
        var keys = accounts.ToDictionary(a => a.Id, a => SignInThrottle.AccountKey(a.Email ?? a.UserName ?? ""));
        var keyList = keys.Values.ToList();
        var throttled = await db.SignInThrottles.AsNoTracking().Where(x => keyList.Contains(x.AccountKey)).ToDictionaryAsync(x => x.AccountKey, ct);
        var now = clock.GetUtcNow();
        return accounts.Select(a =>
        {
            var waits = throttled.GetValueOrDefault(keys[a.Id]);
            return new UserSummary(a.Id, a.Email ?? a.UserName ?? "", a.DisplayName, [.. userRoles[a.Id].Order()],
                a.EmployeeId is { } id && numbers.TryGetValue(id, out var n) ? n : null, a.LockoutEnd > now || (waits is not null && throttle.IsSlowed(waits)), waits?.Failures ?? 0);
        }).ToList();
    }

    public async Task<UserSummary> CreateAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0) errors.Add(nameof(request.Email), t["Users.EmailRequired"]);
        var unknown = (request.Roles ?? []).Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0) errors.Add(nameof(request.Roles), t["Users.UnknownRole", string.Join(", ", unknown), string.Join(", ", Roles.All)]);
        int? employeeId = null;
        if (!string.IsNullOrWhiteSpace(request.EmployeeNumber))
        {
            employeeId = await employees.IdOfAsync(request.EmployeeNumber.Trim(), ct);
            if (employeeId is null) errors.Add(nameof(request.EmployeeNumber), t["Users.UnknownEmployee", request.EmployeeNumber]);
        }
        errors.ThrowIfAny(t["Users.Invalid"]);

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName?.Trim() ?? email, EmployeeId = employeeId };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, request.Password ?? "");
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                errors.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(request.Password) : nameof(request.Email), e.Description);
            errors.ThrowIfAny(t["Users.Invalid"]);
        }
        if ((request.Roles ?? []).Length > 0) await users.AddToRolesAsync(user, request.Roles!.Distinct());
        await tx.CommitAsync(ct);
        return (await ListAsync(ct)).Single(u => u.Id == user.Id);
    }

    public async Task<UserSummary> SetRolesAsync(string id, SetRolesRequest request, string actingUserId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException(t["Users.NotFound"]);
        var wanted = (request.Roles ?? []).Distinct().ToList();
        var unknown = wanted.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw ValidationFailedException.For(t["Users.Invalid"], nameof(request.Roles), t["Users.UnknownRole", string.Join(", ", unknown), string.Join(", ", Roles.All)]);
        if (id == actingUserId && !wanted.Contains(Roles.Administrator))
            throw ValidationFailedException.For(t["Users.Invalid"], nameof(request.Roles), t["Users.CannotDropOwnAdmin"]);
        var current = await users.GetRolesAsync(user);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // Ends the user's sessions on every node (their cookies carry the old roles); their API tokens act with the
        // new roles from the next call on, as the token handler rebuilds a principal whose stamp is stale.
        await Sessions.EndAllAsync(users, user);
        await tx.CommitAsync(ct);
        return (await ListAsync(ct)).Single(u => u.Id == id);
    }

    public async Task UnlockAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException(t["Users.NotFound"]);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await throttle.ClearAsync(user.Email ?? user.UserName ?? "", ct);
    }
}
