using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

public sealed record ShopListItem(int Id, string Name, string Slug, string VillageName, string HeadName, ShopStatus Status);

public sealed record ShopList(string? Query, IReadOnlyList<ShopListItem> Shops, int Total);

public sealed record ShopDetails(
    int Id,
    string Name,
    string Slug,
    string? Description,
    ShopStatus Status,
    string VillageName,
    string HeadName,
    string? TeamName,
    DateTime CreatedAt,
    int ActiveListings,
    bool HasActivePaymentAccount,
    int OrdersLast30Days,
    long RevenueLast30DaysVnd);

/// <summary>Reads for the shop pages, projected straight into view models.</summary>
public sealed class ShopQueries(ShopDbContext db, TimeProvider clock)
{
    private const int PageSize = 100;

    public async Task<ShopList> ListAsync(IReadOnlyList<string> scopePaths, string? query, CancellationToken cancellationToken)
    {
        var shops = db.Shops.WithinScope(scopePaths, s => s.Village.Path);

        var folded = VietnameseText.Fold(query).Trim();
        if (folded.Length > 0)
        {
            shops = shops.Where(s => s.NameSearch.Contains(folded) || s.Household.HeadNameSearch.Contains(folded));
        }

        var total = await shops.CountAsync(cancellationToken);
        var page = await shops
            .OrderBy(s => s.Village.Name).ThenBy(s => s.Name)
            .Take(PageSize)
            .Select(s => new ShopListItem(s.Id, s.Name, s.Slug, s.Village.Name, s.Household.HeadName, s.Status))
            .ToListAsync(cancellationToken);
        return new ShopList(query, page, total);
    }

    public async Task<int?> OwnedShopIdAsync(string userId, CancellationToken cancellationToken) =>
        await db.Shops.Where(s => s.OwnerUserId == userId).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<ShopDetails?> DetailsAsync(int shopId, CancellationToken cancellationToken)
    {
        var since = VietnamTime.Today(clock).AddDays(-30);
        return await db.Shops.Where(s => s.Id == shopId)
            .Select(s => new ShopDetails(
                s.Id,
                s.Name,
                s.Slug,
                s.Description,
                s.Status,
                s.Village.Name,
                s.Household.HeadName,
                s.Team == null ? null : s.Team.Name,
                s.CreatedAt,
                db.Listings.Count(l => l.ShopId == s.Id && l.Status == Listings.ListingStatus.Active),
                db.PaymentAccounts.Any(a => a.ShopId == s.Id && a.Status == PaymentAccountStatus.Active),
                db.ShopDailyStats.Where(d => d.ShopId == s.Id && d.Day > since).Sum(d => d.Orders),
                db.ShopDailyStats.Where(d => d.ShopId == s.Id && d.Day > since).Sum(d => d.RevenueVnd)))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
