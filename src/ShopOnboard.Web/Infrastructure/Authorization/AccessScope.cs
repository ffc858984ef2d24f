using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.Web.Infrastructure.Authorization;

/// <summary>
/// Answers "may this user touch that record" from the unit tree. Scopes are read from the database on
/// each request (two indexed lookups), so a changed scope applies at once, without signing out.
/// </summary>
public sealed class AccessScope(ShopDbContext db)
{
    private IReadOnlyList<string>? _paths;

    /// <summary>Unit paths the user covers; an admin covers everything and gets <c>["/"]</c>.</summary>
    public async Task<IReadOnlyList<string>> PathsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_paths is not null)
        {
            return _paths;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return _paths = ["/"];
        }

        var userId = UserId(user);
        _paths = userId is null
            ? []
            : await db.UserScopes.Where(s => s.UserId == userId).Select(s => s.Unit.Path).ToListAsync(cancellationToken);
        return _paths;
    }

    public async Task<bool> CanManageShopAsync(ClaimsPrincipal user, int shopId, CancellationToken cancellationToken = default)
    {
        var shop = await db.Shops.Where(s => s.Id == shopId)
            .Select(s => new { s.OwnerUserId, VillagePath = s.Village.Path })
            .FirstOrDefaultAsync(cancellationToken);
        if (shop is null)
        {
            return false;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (user.IsInRole(Roles.ShopOwner) && shop.OwnerUserId is not null && shop.OwnerUserId == UserId(user))
        {
            return true;
        }

        return await IsTeamMemberCoveringAsync(user, shop.VillagePath, cancellationToken);
    }

    public async Task<bool> CanManageHouseholdAsync(ClaimsPrincipal user, int householdId, CancellationToken cancellationToken = default)
    {
        var villagePath = await db.Households.Where(h => h.Id == householdId).Select(h => h.Village.Path).FirstOrDefaultAsync(cancellationToken);
        return villagePath is not null && await IsTeamMemberCoveringAsync(user, villagePath, cancellationToken);
    }

    public async Task<bool> CanWorkInUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default)
    {
        var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);
        return unitPath is not null && await IsTeamMemberCoveringAsync(user, unitPath, cancellationToken);
    }

    private async Task<bool> IsTeamMemberCoveringAsync(ClaimsPrincipal user, string path, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.TeamMember) && Covers(await PathsAsync(user, cancellationToken), path));

    public async Task<bool> CanReviewUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default)
    {
        var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);
        if (unitPath is null)
        {
            return false;
        }

        return user.IsInRole(Roles.Admin)
            || (user.IsInRole(Roles.Reviewer) && Covers(await PathsAsync(user, cancellationToken), unitPath));
    }

    public static bool Covers(IEnumerable<string> scopePaths, string path) =>
        scopePaths.Any(scope => path.StartsWith(scope, StringComparison.Ordinal));

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
