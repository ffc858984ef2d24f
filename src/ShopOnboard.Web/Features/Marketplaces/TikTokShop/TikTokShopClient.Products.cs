using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>
/// Upload Product Image, Create Product, Search Products by seller SKU, Update Price and Update Inventory.
/// Prices and inventory address a SKU, so the item id we keep is "product_id:sku_id".
/// </summary>
public sealed partial class TikTokShopClient : IMarketplaceClient
{
    public Marketplace Marketplace => Marketplace.TikTokShop;

    /// <summary>Create Product takes at most 9 main_images.</summary>
    public int MaxImagesPerItem => 9;

    /// <summary>Access tokens last 7 days by default.</summary>
    public TimeSpan RefreshAhead => TimeSpan.FromDays(1);

    /// <summary>No shop_cipher on this call; multipart, so the body is not signed.</summary>
    public async Task<string> UploadImageAsync(MarketplaceAccount account, ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent();
        var file = new ReadOnlyMemoryContent(jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "data", fileName);
        form.Add(new StringContent("MAIN_IMAGE"), "use_case");
        var json = await SendAsync(HttpMethod.Post, "/product/202309/images/upload", [], form, account.AccessToken, null, cancellationToken);
        return json["data"]?["uri"]?.GetValue<string>() ?? throw Malformed(json, "data.uri");
    }

    public async Task<string?> FindBySkuAsync(MarketplaceAccount account, string sku, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Post, "/product/202309/products/search", [("page_size", "10")],
            new JsonObject { ["seller_skus"] = new JsonArray(sku) }, account.AccessToken, account.ExternalShopId, cancellationToken);
        var product = json["data"]?["products"]?.AsArray().FirstOrDefault();
        var skuId = product?["skus"]?.AsArray().FirstOrDefault(s => s?["seller_sku"]?.GetValue<string>() == sku)?["id"]?.GetValue<string>();
        return product?["id"]?.GetValue<string>() is { } productId && skuId is not null ? $"{productId}:{skuId}" : null;
    }

    /// <summary>
    /// The SKU doubles as idempotency_key, a second guard behind the lookup: a repeated create with the same
    /// key returns the product already made.
    /// </summary>
    public async Task<string> CreateItemAsync(MarketplaceAccount account, MarketplaceNewItem item, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Post, "/product/202309/products", [], CreateBody(item), account.AccessToken, account.ExternalShopId, cancellationToken);
        var productId = json["data"]?["product_id"]?.GetValue<string>() ?? throw Malformed(json, "data.product_id");
        var skuId = json["data"]?["skus"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>() ?? throw Malformed(json, "data.skus[0].id");
        return $"{productId}:{skuId}";
    }

    public JsonObject CreateBody(MarketplaceNewItem item) => new()
    {
        ["title"] = item.Title,
        ["description"] = item.Description,
        ["category_id"] = _options.CategoryIds.TryGetValue(item.Category, out var category) ? category : _options.DefaultCategoryId,
        ["main_images"] = new JsonArray(item.ImageIds.Select(uri => (JsonNode)new JsonObject { ["uri"] = uri }).ToArray()),
        ["package_weight"] = new JsonObject { ["value"] = (Math.Max(item.WeightGrams, 10) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture), ["unit"] = "KILOGRAM" },
        ["seller_sku"] = item.Sku,
        ["idempotency_key"] = item.Sku,
        ["skus"] = new JsonArray(new JsonObject
        {
            ["seller_sku"] = item.Sku,
            ["price"] = Price(item.PriceVnd),
            ["inventory"] = new JsonArray(Inventory(item.Stock)),
        }),
    };

    public Task UpdatePriceAsync(MarketplaceAccount account, string itemId, string sku, long priceVnd, CancellationToken cancellationToken)
    {
        var (productId, skuId) = Split(itemId);
        return SendAsync(HttpMethod.Post, $"/product/202309/products/{productId}/prices/update", [],
            new JsonObject { ["skus"] = new JsonArray(new JsonObject { ["id"] = skuId, ["price"] = Price(priceVnd) }) }, account.AccessToken, account.ExternalShopId, cancellationToken);
    }

    /// <summary>Every warehouse of the SKU must be listed; ours have one.</summary>
    public Task UpdateStockAsync(MarketplaceAccount account, string itemId, string sku, int stock, CancellationToken cancellationToken)
    {
        var (productId, skuId) = Split(itemId);
        return SendAsync(HttpMethod.Post, $"/product/202309/products/{productId}/inventory/update", [],
            new JsonObject { ["skus"] = new JsonArray(new JsonObject { ["id"] = skuId, ["inventory"] = new JsonArray(Inventory(stock)) }) }, account.AccessToken, account.ExternalShopId, cancellationToken);
    }

    /// <summary>amount is a string; VND has no minor unit.</summary>
    private static JsonObject Price(long vnd) => new() { ["amount"] = vnd.ToString(CultureInfo.InvariantCulture), ["currency"] = "VND" };

    private JsonObject Inventory(int quantity) => new() { ["warehouse_id"] = _options.WarehouseId, ["quantity"] = quantity };

    private static (string ProductId, string SkuId) Split(string itemId) =>
        itemId.Split(':') is [var product, var sku] ? (product, sku) : throw new ArgumentException($"\"{itemId}\" is not product_id:sku_id.", nameof(itemId));
}
