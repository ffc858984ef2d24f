using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>The shop's credentials for one call: its id on the marketplace and a live access token.</summary>
public sealed record MarketplaceAccount(string ExternalShopId, string AccessToken);

/// <summary>What an authorisation or a refresh returns; the pair is always stored together.</summary>
public sealed record MarketplaceGrant(string ExternalShopId, string AccessToken, string RefreshToken, DateTime AccessTokenExpiresAt, DateTime? RefreshTokenExpiresAt);

/// <summary>A listing as every marketplace needs it; each client adds its own category, logistics and units.</summary>
public sealed record MarketplaceNewItem(string Title, string Description, string Category, long PriceVnd, int WeightGrams, int Stock, string Sku, IReadOnlyList<string> ImageIds);

/// <summary>One page of order ids; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record MarketplaceOrderPage(IReadOnlyList<string> OrderIds, string? NextCursor);

public sealed record MarketplaceOrderLine(string ItemId, string? Sku, string Title, int Quantity, long UnitPriceVnd);

/// <summary>An order already mapped to our status; <see cref="CashOnDelivery"/> is null when the API does not say.</summary>
public sealed record MarketplaceOrder(string ExternalId, OrderStatus Status, bool? CashOnDelivery, DateTime PlacedAt, long TotalVnd, string? BuyerName, IReadOnlyList<MarketplaceOrderLine> Lines);

/// <summary>
/// The subset of a marketplace's seller API the sync jobs drive. One implementation per marketplace, each
/// speaking its vendor's documented protocol and throwing <see cref="MarketplaceException"/>.
/// </summary>
public interface IMarketplaceClient
{
    Marketplace Marketplace { get; }

    int MaxImagesPerItem { get; }

    /// <summary>The longest update-time window one order listing may cover.</summary>
    TimeSpan MaxOrderWindow { get; }

    int MaxOrderDetailBatch { get; }

    /// <summary>Refresh when less than this is left of the access token.</summary>
    TimeSpan RefreshAhead { get; }

    /// <summary>The seller's consent page; <paramref name="state"/> comes back on the redirect where the API allows it.</summary>
    Uri AuthorizationUrl(string redirect, string state);

    /// <summary>Spends the one-time code. <paramref name="externalShopId"/> is the redirect's shop id where the API sends one.</summary>
    Task<MarketplaceGrant> ExchangeCodeAsync(string code, string? externalShopId, CancellationToken cancellationToken);

    /// <summary>Spends the refresh token: the caller must store the returned pair before anything else.</summary>
    Task<MarketplaceGrant> RefreshAsync(string refreshToken, string externalShopId, CancellationToken cancellationToken);

    Task<string> UploadImageAsync(MarketplaceAccount account, ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken);

    /// <summary>The item already created under this seller SKU: how a create whose answer was lost is found.</summary>
    Task<string?> FindBySkuAsync(MarketplaceAccount account, string sku, CancellationToken cancellationToken);

    Task<string> CreateItemAsync(MarketplaceAccount account, MarketplaceNewItem item, CancellationToken cancellationToken);

    Task UpdatePriceAsync(MarketplaceAccount account, string itemId, string sku, long priceVnd, CancellationToken cancellationToken);

    Task UpdateStockAsync(MarketplaceAccount account, string itemId, string sku, int stock, CancellationToken cancellationToken);

    /// <summary>Orders updated in [from, to]; to − from must not exceed <see cref="MaxOrderWindow"/>.</summary>
    Task<MarketplaceOrderPage> ListOrdersAsync(MarketplaceAccount account, DateTime fromUtc, DateTime toUtc, string? cursor, CancellationToken cancellationToken);

    Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(MarketplaceAccount account, IReadOnlyList<string> orderIds, CancellationToken cancellationToken);
}

public static class MarketplaceClients
{
    public static IMarketplaceClient For(this IEnumerable<IMarketplaceClient> clients, Marketplace marketplace) =>
        clients.FirstOrDefault(c => c.Marketplace == marketplace) ?? throw new InvalidOperationException($"No client for {marketplace}.");
}
