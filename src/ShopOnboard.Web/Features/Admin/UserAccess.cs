using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Audit;

namespace ShopOnboard.Web.Features.Admin;

public sealed record UserRow(string Id, string UserName, string? FullName, string? Phone, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);

public sealed record UnitOption(int Id, string Name, string Path)
{
    /// <summary>The name indented by its depth in the tree, for a flat list of all units.</summary>
    public string Indented => string.Concat(Enumerable.Repeat("· ", Math.Max(0, Path.Count(c => c == '/') - 2))) + Name;
}

public sealed record UserAccessPage(UserRow User, IReadOnlyList<UnitOption> ScopeUnits, IReadOnlyList<UnitOption> AllUnits, string? Error, bool Saved);

/// <summary>
/// Who may do what: a user's roles and the units their scope covers. Every change is one audit entry with the
/// roles and scopes before and after, saved in the same transaction; the user's security stamp moves on, so
/// their sign-in cookie picks the new roles up at its next validation.
/// </summary>
public sealed class UserAccess(ShopDbContext db, UserManager<AppUser> users, AuditLog audit)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<UserRow>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var found = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            found = found.Where(u => u.UserName!.Contains(q) || (u.FullName != null && u.FullName.Contains(q)) || (u.PhoneNumber != null && u.PhoneNumber.Contains(q)));
        }

        var page = await found.OrderBy(u => u.UserName).Take(PageSize).Select(u => new { u.Id, u.UserName, u.FullName, u.PhoneNumber }).ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await RolesAsync(ids, cancellationToken);
        var scopes = await ScopesAsync(ids, cancellationToken);
        return page.Select(u => new UserRow(u.Id, u.UserName!, u.FullName, u.PhoneNumber, roles[u.Id].ToList(), scopes[u.Id].Select(s => s.Name).ToList())).ToList();
    }

    public async Task<UserAccessPage?> PageAsync(string userId, string? error, bool saved, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.UserName, u.FullName, u.PhoneNumber }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var scopes = (await ScopesAsync([userId], cancellationToken))[userId].ToList();
        var row = new UserRow(user.Id, user.UserName!, user.FullName, user.PhoneNumber, (await RolesAsync([userId], cancellationToken))[userId].ToList(), scopes.Select(s => s.Name).ToList());
        var all = await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new UnitOption(u.Id, u.Name, u.Path)).ToListAsync(cancellationToken);
        return new UserAccessPage(row, scopes, all, error, saved);
    }

    /// <summary>Replaces the user's roles and scopes; null when saved, else the reason in Vietnamese (nothing changed).</summary>
    public async Task<string?> SaveAsync(string userId, string? actingUserId, IReadOnlyCollection<string> roles, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "Không tìm thấy người dùng.";
        }

        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            return "Vai trò không hợp lệ.";
        }

        var wantedUnits = unitIds.Distinct().ToList();
        if (await db.Units.CountAsync(u => wantedUnits.Contains(u.Id), cancellationToken) != wantedUnits.Count)
        {
            return "Đơn vị không tồn tại.";
        }

        var currentRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        if (userId == actingUserId && currentRoles.Contains(Roles.Admin) && !roles.Contains(Roles.Admin))
        {
            return "Bạn không thể tự bỏ quyền quản trị của mình.";
        }

        var currentScopes = await db.UserScopes.AsTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        var before = new { Roles = currentRoles, Units = currentScopes.Select(s => s.UnitId).Order().ToList() };
        var after = new { Roles = roles.Distinct().Order(StringComparer.Ordinal).ToList(), Units = wantedUnits.Order().ToList() };
        if (before.Roles.SequenceEqual(after.Roles) && before.Units.SequenceEqual(after.Units))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await users.RemoveFromRolesAsync(user, currentRoles.Except(after.Roles));
        var added = await users.AddToRolesAsync(user, after.Roles.Except(currentRoles));
        if (!removed.Succeeded || !added.Succeeded)
        {
            return "Không lưu được vai trò. Vui lòng thử lại.";
        }

        db.UserScopes.RemoveRange(currentScopes.Where(s => !after.Units.Contains(s.UnitId)));
        db.UserScopes.AddRange(after.Units.Except(before.Units).Select(id => new UserScope { UserId = userId, UnitId = id }));
        audit.Record("user.access", "User", userId, null, before, after);
        await db.SaveChangesAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<ILookup<string, string>> RolesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        (await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken))
        .OrderBy(r => r.Name, StringComparer.Ordinal).ToLookup(r => r.UserId, r => r.Name!);

    private async Task<ILookup<string, UnitOption>> ScopesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        (await db.UserScopes.Where(s => userIds.Contains(s.UserId))
            .Select(s => new { s.UserId, Unit = new UnitOption(s.UnitId, s.Unit.Name, s.Unit.Path) })
            .ToListAsync(cancellationToken))
        .OrderBy(s => s.Unit.Path, StringComparer.Ordinal).ToLookup(s => s.UserId, s => s.Unit);
}
