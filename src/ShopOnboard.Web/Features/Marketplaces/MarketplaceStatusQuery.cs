using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Marketplaces;

public sealed record ConnectionRow(Marketplace Marketplace, string ExternalShopId, ConnectionStatus Status, DateTime? AccessTokenExpiresAt, DateTime? OrdersPulledUntil, string? LastError, int Pending, int Synced, int Failed);

public sealed record MarketplacesPage(int ShopId, string ShopName, IReadOnlyList<ConnectionRow> Connections);

public sealed record ListingMarketplaceRow(Marketplace Marketplace, bool Connected, SyncStatus? Status, string? LastError, DateTime? LastSyncedAt);

public sealed record ListingMarketplaces(int ShopId, int ListingId, IReadOnlyList<ListingMarketplaceRow> Rows);

/// <summary>Reads for the "Kết nối sàn" page and the listing page's per-marketplace status.</summary>
public sealed class MarketplaceStatusQuery(ShopDbContext db)
{
    /// <summary>The marketplaces with a client, in the order the pages show them.</summary>
    public static readonly IReadOnlyList<Marketplace> Supported = [Marketplace.Shopee, Marketplace.Lazada, Marketplace.TikTokShop];

    /// <summary>The marketplace's own spelling, the same in Vietnamese and English.</summary>
    public static string Name(Marketplace marketplace) => marketplace switch
    {
        Marketplace.TikTokShop => "TikTok Shop",
        _ => marketplace.ToString(),
    };

    public async Task<MarketplacesPage?> PageAsync(int shopId, CancellationToken cancellationToken)
    {
        var name = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var rows = await db.MarketplaceConnections.Where(c => c.ShopId == shopId).Select(c => new ConnectionRow(
            c.Marketplace, c.ExternalShopId, c.Status, c.AccessTokenExpiresAt, c.OrdersPulledUntil, c.LastError,
            db.ListingSyncStates.Count(s => s.Marketplace == c.Marketplace && s.Listing.ShopId == shopId && s.Status == SyncStatus.Pending),
            db.ListingSyncStates.Count(s => s.Marketplace == c.Marketplace && s.Listing.ShopId == shopId && s.Status == SyncStatus.Synced),
            db.ListingSyncStates.Count(s => s.Marketplace == c.Marketplace && s.Listing.ShopId == shopId && s.Status == SyncStatus.Failed))).ToListAsync(cancellationToken);
        return new MarketplacesPage(shopId, name, rows);
    }

    public async Task<ListingMarketplaces> ForListingAsync(int shopId, int listingId, CancellationToken cancellationToken)
    {
        var connected = await db.MarketplaceConnections.Where(c => c.ShopId == shopId && c.Status == ConnectionStatus.Connected).Select(c => c.Marketplace).ToListAsync(cancellationToken);
        var states = await db.ListingSyncStates.Where(s => s.ListingId == listingId && s.Listing.ShopId == shopId)
            .Select(s => new { s.Marketplace, s.Status, s.LastError, s.LastSyncedAt }).ToListAsync(cancellationToken);
        var rows = Supported.Select(m =>
        {
            var state = states.FirstOrDefault(s => s.Marketplace == m);
            return new ListingMarketplaceRow(m, connected.Contains(m), state?.Status, state?.LastError, state?.LastSyncedAt);
        }).ToList();
        return new ListingMarketplaces(shopId, listingId, rows);
    }
}
