using System.Globalization;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Benchmarks.Import;

/// <summary>
/// A marketplace that answers from memory: the orders are built once, before the clock starts, so the
/// measurement is the import (the job's paging, lookups, inserts and roll-ups), not HTTP or JSON. Shopee's
/// limits: 15-day windows, pages of 100 ids, details for 50 ids per call.
/// </summary>
internal sealed class PrebuiltOrdersClient(IReadOnlyDictionary<string, List<MarketplaceOrder>> ordersByShop) : IMarketplaceClient
{
    private const int PageSize = 100;

    private readonly Dictionary<string, MarketplaceOrder> _byId = ordersByShop.Values.SelectMany(o => o).ToDictionary(o => o.ExternalId);

    public Marketplace Marketplace => Marketplace.Shopee;

    public int MaxImagesPerItem => 9;

    public TimeSpan MaxOrderWindow => TimeSpan.FromDays(15);

    public int MaxOrderDetailBatch => 50;

    public TimeSpan RefreshAhead => TimeSpan.FromMinutes(30);

    public Task<MarketplaceOrderPage> ListOrdersAsync(MarketplaceAccount account, DateTime fromUtc, DateTime toUtc, string? cursor, CancellationToken cancellationToken)
    {
        // The benchmark's orders are never updated after they are placed, so update time = placed time.
        var matching = ordersByShop[account.ExternalShopId].Where(o => o.PlacedAt >= fromUtc && o.PlacedAt <= toUtc).ToList();
        var offset = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
        var page = matching.Skip(offset).Take(PageSize).Select(o => o.ExternalId).ToList();
        var next = offset + page.Count < matching.Count ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new MarketplaceOrderPage(page, next));
    }

    public Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(MarketplaceAccount account, IReadOnlyList<string> orderIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MarketplaceOrder>>(orderIds.Select(id => _byId[id]).ToList());

    public static MarketplaceOrder Order(string externalId, DateTime placedAt, string itemId, string sku, int quantity, long price, OrderStatus status) =>
        new(externalId, status, quantity % 2 == 1, placedAt, price * quantity, "nguoimua" + externalId[^4..], [new MarketplaceOrderLine(itemId, sku, "Gạo nếp cái hoa vàng", quantity, price)]);

    public Uri AuthorizationUrl(string redirect, string state) => throw new NotSupportedException();

    public Task<MarketplaceGrant> ExchangeCodeAsync(string code, string? externalShopId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<MarketplaceGrant> RefreshAsync(string refreshToken, string externalShopId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> UploadImageAsync(MarketplaceAccount account, ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string?> FindBySkuAsync(MarketplaceAccount account, string sku, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> CreateItemAsync(MarketplaceAccount account, MarketplaceNewItem item, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UpdatePriceAsync(MarketplaceAccount account, string itemId, string sku, long priceVnd, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UpdateStockAsync(MarketplaceAccount account, string itemId, string sku, int stock, CancellationToken cancellationToken) => throw new NotSupportedException();
}
