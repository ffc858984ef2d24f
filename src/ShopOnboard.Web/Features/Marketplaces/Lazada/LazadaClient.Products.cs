using System.Globalization;
using System.Net.Http.Headers;
using System.Security;
using System.Text.Json.Nodes;

namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>Images, CreateProduct, the SKU lookup and UpdatePriceQuantity (docId 950, guides 120947/120949).</summary>
public sealed partial class LazadaClient : IMarketplaceClient
{
    public Marketplace Marketplace => Marketplace.Lazada;

    /// <summary>Error 4169 CHK_IMAGE_MAX_ITEMS: "Upload a maximum of 8 pictures".</summary>
    public int MaxImagesPerItem => 8;

    /// <summary>Tokens live 7 (test apps) to 30 days; a day ahead leaves the sweeper hundreds of chances.</summary>
    public TimeSpan RefreshAhead => TimeSpan.FromDays(1);

    /// <summary>/image/upload: the file is a byte parameter and not signed; CreateProduct takes the returned URL.</summary>
    public async Task<string> UploadImageAsync(MarketplaceAccount account, ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent();
        var file = new ReadOnlyMemoryContent(jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "image", fileName);
        var json = await SendAsync(HttpMethod.Post, _options.ApiBaseUrl, "/image/upload", [], form, account.AccessToken, cancellationToken);
        return json["data"]?["image"]?["url"]?.GetValue<string>() ?? throw Malformed(json, "data.image.url");
    }

    /// <summary>GetProducts filtered by seller SKU (sku_seller_list, a JSON array).</summary>
    public async Task<string?> FindBySkuAsync(MarketplaceAccount account, string sku, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Get, _options.ApiBaseUrl, "/products/get",
            [("filter", "all"), ("sku_seller_list", new JsonArray(sku).ToJsonString()), ("limit", "10")], null, account.AccessToken, cancellationToken);
        var products = json["data"]?["products"]?.AsArray();
        return products is { Count: > 0 } && products[0]?["item_id"] is { } id ? Text(id) : null;
    }

    public async Task<string> CreateItemAsync(MarketplaceAccount account, MarketplaceNewItem item, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Post, _options.ApiBaseUrl, "/product/create", [("payload", CreatePayload(item).ToJsonString())], null, account.AccessToken, cancellationToken);
        return json["data"]?["item_id"] is { } id ? Text(id) : throw Malformed(json, "data.item_id");
    }

    /// <summary>The mandatory fields of the create guide: name, brand_id, SellerSku, price and the four package_* fields.</summary>
    public JsonObject CreatePayload(MarketplaceNewItem item)
    {
        var category = _options.CategoryIds.TryGetValue(item.Category, out var mapped) ? mapped : _options.DefaultCategoryId;
        var sku = new JsonObject
        {
            ["SellerSku"] = item.Sku,
            ["quantity"] = Invariant(item.Stock),
            ["price"] = Invariant(item.PriceVnd),
            ["package_weight"] = (Math.Max(item.WeightGrams, 10) / 1000.0).ToString("0.##", CultureInfo.InvariantCulture),
            // Farm produce ships in a standard carton; the listing has no dimensions of its own.
            ["package_length"] = "20",
            ["package_width"] = "15",
            ["package_height"] = "10",
        };
        return new JsonObject
        {
            ["Request"] = new JsonObject
            {
                ["Product"] = new JsonObject
                {
                    ["PrimaryCategory"] = Invariant(category),
                    ["Images"] = new JsonObject { ["Image"] = new JsonArray(item.ImageIds.Select(url => (JsonNode)JsonValue.Create(url)).ToArray()) },
                    ["Attributes"] = new JsonObject { ["name"] = item.Title, ["description"] = item.Description, ["brand_id"] = Invariant(_options.NoBrandId) },
                    ["Skus"] = new JsonObject { ["Sku"] = new JsonArray(sku) },
                },
            },
        };
    }

    public Task UpdatePriceAsync(MarketplaceAccount account, string itemId, string sku, long priceVnd, CancellationToken cancellationToken) =>
        UpdatePriceQuantityAsync(account, itemId, sku, $"<Price>{Invariant(priceVnd)}</Price>", cancellationToken);

    public Task UpdateStockAsync(MarketplaceAccount account, string itemId, string sku, int stock, CancellationToken cancellationToken) =>
        UpdatePriceQuantityAsync(account, itemId, sku, $"<Quantity>{Invariant(stock)}</Quantity>", cancellationToken);

    /// <summary>UpdatePriceQuantity takes XML; the SKU is addressed by ItemId and SellerSku.</summary>
    private Task<JsonObject> UpdatePriceQuantityAsync(MarketplaceAccount account, string itemId, string sku, string field, CancellationToken cancellationToken)
    {
        var payload = $"<Request><Product><Skus><Sku><ItemId>{SecurityElement.Escape(itemId)}</ItemId><SellerSku>{SecurityElement.Escape(sku)}</SellerSku>{field}</Sku></Skus></Product></Request>";
        return SendAsync(HttpMethod.Post, _options.ApiBaseUrl, "/product/price_quantity/update", [("payload", payload)], null, account.AccessToken, cancellationToken);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
