using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Storefront;

public sealed record StoreListing(int Id, string Title, string? Description, string Unit, long PriceVnd, long? CompareAtPriceVnd, int Stock, byte? OcopStars, bool IsVietGap, bool IsOrganic, string? Origin, int HarvestMonths, string? PhotoHash, IReadOnlyList<string> PhotoHashes);

public sealed record StoreShop(int Id, string Name, string Slug, string? Description, string? Phone, string VillageName, bool AcceptsTransfer, IReadOnlyList<StoreListing> Listings);

/// <summary>What buyers see: only active shops and listings, only an owner-confirmed bank account.</summary>
public sealed class StorefrontQueries(ShopDbContext db)
{
    public async Task<StoreShop?> ShopAsync(string slug, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.AsNoTracking()
            .Where(s => s.Slug == slug && s.Status == ShopStatus.Active)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.Slug,
                s.Description,
                s.Phone,
                VillageName = s.Village.Name,
                AcceptsTransfer = db.PaymentAccounts.Any(a => a.ShopId == s.Id && a.Status == PaymentAccountStatus.Active),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (shop is null)
        {
            return null;
        }

        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.ShopId == shop.Id && l.Status == ListingStatus.Active)
            .OrderBy(l => l.Title)
            .Select(l => new StoreListing(
                l.Id, l.Title, l.Description, l.Unit, l.PriceVnd, l.CompareAtPriceVnd, l.Stock, l.OcopStars, l.IsVietGap, l.IsOrganic, l.Origin, l.HarvestMonths,
                l.Photos.Where(p => p.Status == PhotoStatus.Ready).OrderByDescending(p => p.IsMain).ThenBy(p => p.Position).Select(p => p.ContentHash).FirstOrDefault(),
                l.Photos.Where(p => p.Status == PhotoStatus.Ready).OrderByDescending(p => p.IsMain).ThenBy(p => p.Position).Select(p => p.ContentHash).ToList()))
            .ToListAsync(cancellationToken);
        return new StoreShop(shop.Id, shop.Name, shop.Slug, shop.Description, shop.Phone, shop.VillageName, shop.AcceptsTransfer, listings);
    }
}
