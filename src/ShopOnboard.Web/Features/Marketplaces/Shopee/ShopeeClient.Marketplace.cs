using System.Globalization;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>Shopee behind the sync jobs' interface: ids become strings, the listing becomes add_item's fields.</summary>
public sealed partial class ShopeeClient : IMarketplaceClient
{
    public Marketplace Marketplace => Marketplace.Shopee;

    /// <summary>get_item_limit's documented sample (UNCONFIRMED as a fixed number).</summary>
    public int MaxImagesPerItem => 9;

    TimeSpan IMarketplaceClient.MaxOrderWindow => MaxOrderWindow;

    public int MaxOrderDetailBatch => MaxDetailBatch;

    /// <summary>A quarter of the 4-hour access token; the sweeper runs every 5 minutes.</summary>
    public TimeSpan RefreshAhead => TimeSpan.FromMinutes(45);

    /// <summary>Shopee's redirect carries no state, so the state travels inside our own redirect URL.</summary>
    Uri IMarketplaceClient.AuthorizationUrl(string redirect, string state) =>
        AuthorizationUrl($"{redirect}{(redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?')}state={Uri.EscapeDataString(state)}");

    public async Task<MarketplaceGrant> ExchangeCodeAsync(string code, string? externalShopId, CancellationToken cancellationToken)
    {
        var shopId = long.TryParse(externalShopId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new ShopeeException("error_param", "The redirect carried no shop_id.", null, 400);
        return Grant(shopId, await GetTokenAsync(code, shopId, cancellationToken));
    }

    async Task<MarketplaceGrant> IMarketplaceClient.RefreshAsync(string refreshToken, string externalShopId, CancellationToken cancellationToken)
    {
        var shopId = long.Parse(externalShopId, CultureInfo.InvariantCulture);
        return Grant(shopId, await RefreshAsync(refreshToken, shopId, cancellationToken));
    }

    Task<string> IMarketplaceClient.UploadImageAsync(MarketplaceAccount account, ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken) =>
        UploadImageAsync(jpeg, fileName, cancellationToken);

    public async Task<string?> FindBySkuAsync(MarketplaceAccount account, string sku, CancellationToken cancellationToken) =>
        await FindItemBySkuAsync(ShopeeShop.From(account), sku, cancellationToken) is { } id ? id.ToString(CultureInfo.InvariantCulture) : null;

    public async Task<string> CreateItemAsync(MarketplaceAccount account, MarketplaceNewItem item, CancellationToken cancellationToken)
    {
        var shopeeItem = new ShopeeNewItem(
            item.Title,
            item.Description,
            item.PriceVnd,
            Math.Max(item.WeightGrams, 1) / 1000.0,
            _options.CategoryIds.TryGetValue(item.Category, out var category) ? category : _options.DefaultCategoryId,
            _options.LogisticIds,
            item.ImageIds,
            item.Stock,
            item.Sku);
        var itemId = await AddItemAsync(ShopeeShop.From(account), shopeeItem, cancellationToken);
        return itemId.ToString(CultureInfo.InvariantCulture);
    }

    public Task UpdatePriceAsync(MarketplaceAccount account, string itemId, string sku, long priceVnd, CancellationToken cancellationToken) =>
        UpdatePriceAsync(ShopeeShop.From(account), long.Parse(itemId, CultureInfo.InvariantCulture), priceVnd, cancellationToken);

    public Task UpdateStockAsync(MarketplaceAccount account, string itemId, string sku, int stock, CancellationToken cancellationToken) =>
        UpdateStockAsync(ShopeeShop.From(account), long.Parse(itemId, CultureInfo.InvariantCulture), stock, cancellationToken);

    public async Task<MarketplaceOrderPage> ListOrdersAsync(MarketplaceAccount account, DateTime fromUtc, DateTime toUtc, string? cursor, CancellationToken cancellationToken)
    {
        var page = await GetOrderListAsync(ShopeeShop.From(account), fromUtc, toUtc, cursor ?? "", MaxPageSize, cancellationToken);
        return new MarketplaceOrderPage(page.OrderSns, page.More && page.NextCursor.Length > 0 ? page.NextCursor : null);
    }

    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(MarketplaceAccount account, IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        var orders = await GetOrderDetailAsync(ShopeeShop.From(account), orderIds, cancellationToken);
        return orders.Select(o => new MarketplaceOrder(
            o.OrderSn,
            MapStatus(o.Status),
            o.Cod,
            o.CreatedAt,
            o.TotalVnd,
            o.BuyerName,
            o.Lines.Select(l => new MarketplaceOrderLine(l.ItemId.ToString(CultureInfo.InvariantCulture), l.ItemSku, l.ItemName, l.Quantity, l.UnitPriceVnd)).ToList())).ToList();
    }

    private MarketplaceGrant Grant(long shopId, ShopeeTokens tokens)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new MarketplaceGrant(shopId.ToString(CultureInfo.InvariantCulture), tokens.AccessToken, tokens.RefreshToken, now + tokens.ExpiresIn, now.AddDays(30));
    }
}
