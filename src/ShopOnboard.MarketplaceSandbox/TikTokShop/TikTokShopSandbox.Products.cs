using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopOnboard.MarketplaceSandbox.TikTokShop;

public sealed record TikTokProduct(string ProductId, string SkuId, string Cipher, string Title, string SellerSku, string? IdempotencyKey)
{
    public long Price { get; set; }
    public int Quantity { get; set; }
}

public sealed partial class TikTokShopSandbox
{
    private long _nextId = 1729000000000000000;

    public ConcurrentDictionary<string, TikTokProduct> Products { get; } = new();

    public int CreateCalls => _createCalls;

    public int UpdateCalls => _updateCalls;

    private int _createCalls;
    private int _updateCalls;

    public Task<IResult> UploadImageAsync(HttpRequest request) => Faulty(async () =>
    {
        var (_, refused) = await CheckAsync(request, shopApi: false);
        if (refused is not null)
        {
            return refused;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        var file = form?.Files.GetFile("data");
        if (file is null)
        {
            return Error(12052001, "data (the image file) is required.");
        }

        if (file.Length > MaxImageBytes)
        {
            return Error(12052003, "The image exceeds 10MB.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var main = form!["use_case"] == "MAIN_IMAGE";
        if (ImageHeader.Read(buffer.ToArray()) is not { } header
            || Math.Min(header.Width, header.Height) < (main ? 300 : 100) || Math.Max(header.Width, header.Height) > (main ? 4000 : 20000))
        {
            return Error(12052004, "The image format or dimensions are not supported (main images 300*300 to 4000*4000 px).");
        }

        var uri = "tos-alisg-i-sandbox/" + Token();
        _images[uri] = 0;
        return Ok(new { uri, url = "https://p16-oec-va.ibyteimg.com/" + uri, width = header.Width, height = header.Height, use_case = form["use_case"].ToString() });
    });

    public Task<IResult> CreateProductAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: true);
        if (refused is not null)
        {
            return refused;
        }

        Interlocked.Increment(ref _createCalls);
        if (Parse(call!.Body) is not { } body)
        {
            return Error(12052002, "The request body is not valid JSON.");
        }

        var key = Text(body["idempotency_key"]);
        if (key is not null && Products.Values.FirstOrDefault(p => p.Cipher == call.Cipher && p.IdempotencyKey == key) is { } again)
        {
            return Ok(Created(again));
        }

        var title = Text(body["title"]) ?? "";
        if (title.Length is < 25 or > 255)
        {
            return Error(12052010, "The product title must have 25 to 255 characters.");
        }

        if (string.IsNullOrWhiteSpace(Text(body["description"])) || Text(body["category_id"]) is null)
        {
            return Error(12052011, "description and category_id are required.");
        }

        var images = (body["main_images"] as JsonArray)?.Select(i => Text(i?["uri"])).ToList() ?? [];
        if (images.Count is 0 or > MaxImagesPerItem)
        {
            return Error(12052300, "main_images must hold 1 to 9 images.");
        }

        if (images.Any(uri => uri is null || !_images.ContainsKey(uri)))
        {
            return Error(12052301, "A main image uri was not uploaded with Upload Product Image.");
        }

        var sku = (body["skus"] as JsonArray)?.FirstOrDefault();
        var sellerSku = Text(sku?["seller_sku"]) ?? "";
        var amount = long.TryParse(Text(sku?["price"]?["amount"]), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        if (amount is < 1 or > 180_000_000 || Text(sku?["price"]?["currency"]) != "VND")
        {
            return Error(12052400, "The price must be 1 to 180,000,000 VND with currency VND.");
        }

        var quantity = (sku?["inventory"] as JsonArray)?.FirstOrDefault()?["quantity"]?.GetValue<int>() ?? -1;
        if (quantity is < 1 or > 99_999 || sellerSku.Length is < 1 or > 50 || sellerSku.Contains(' ', StringComparison.Ordinal))
        {
            return Error(12052401, "Each SKU needs a seller_sku (1-50 characters, no spaces) and inventory quantity 1-99,999.");
        }

        if (Text(body["package_weight"]?["value"]) is null || Text(body["package_weight"]?["unit"]) != "KILOGRAM")
        {
            return Error(12052012, "package_weight with unit KILOGRAM is required.");
        }

        var id = Interlocked.Increment(ref _nextId);
        var product = new TikTokProduct(id.ToString(CultureInfo.InvariantCulture), (id + 1).ToString(CultureInfo.InvariantCulture), call.Cipher, title, sellerSku, key) { Price = amount, Quantity = quantity };
        Products[product.ProductId] = product;
        if (Faults.TakeTimeOut("create"))
        {
            await Task.Delay(Faults.TimeoutDelay);
        }

        return Ok(Created(product));
    });

    public Task<IResult> SearchProductsAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: true);
        if (refused is not null)
        {
            return refused;
        }

        var skus = (Parse(call!.Body)?["seller_skus"] as JsonArray)?.Select(Text).ToHashSet() ?? [];
        var found = Products.Values.Where(p => p.Cipher == call.Cipher && (skus.Count == 0 || skus.Contains(p.SellerSku))).OrderBy(p => p.ProductId, StringComparer.Ordinal).ToList();
        return Ok(new { total_count = found.Count, products = found.Select(p => new { id = p.ProductId, title = p.Title, status = "ACTIVATE", skus = new[] { new { id = p.SkuId, seller_sku = p.SellerSku } } }) });
    });

    public Task<IResult> UpdatePriceAsync(HttpRequest request, string productId) => UpdateAsync(request, productId, (product, sku) =>
    {
        if (!long.TryParse(Text(sku["price"]?["amount"]), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > 180_000_000)
        {
            return "The price must be 1 to 180,000,000 VND.";
        }

        product.Price = amount;
        return null;
    });

    public Task<IResult> UpdateInventoryAsync(HttpRequest request, string productId) => UpdateAsync(request, productId, (product, sku) =>
    {
        var quantity = (sku["inventory"] as JsonArray)?.FirstOrDefault()?["quantity"]?.GetValue<int>();
        if (quantity is null or < 0 or > 99_999)
        {
            return "inventory quantity must be 0 to 99,999.";
        }

        product.Quantity = quantity.Value;
        return null;
    });

    private Task<IResult> UpdateAsync(HttpRequest request, string productId, Func<TikTokProduct, JsonNode, string?> apply) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: true);
        if (refused is not null)
        {
            return refused;
        }

        Interlocked.Increment(ref _updateCalls);
        if (!Products.TryGetValue(productId, out var product) || product.Cipher != call!.Cipher)
        {
            return Error(12052700, "The product does not exist.");
        }

        var sku = (Parse(call.Body)?["skus"] as JsonArray)?.FirstOrDefault();
        if (sku is null || Text(sku["id"]) != product.SkuId)
        {
            return Error(12052701, "The sku id does not belong to the product.");
        }

        return apply(product, sku) is { } problem ? Error(12052702, problem) : Ok(null);
    });

    private static object Created(TikTokProduct p) => new { product_id = p.ProductId, skus = new[] { new { id = p.SkuId, seller_sku = p.SellerSku } }, warnings = Array.Empty<object>() };

    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>().ToString(CultureInfo.InvariantCulture) : value.TryGetValue<string>(out var text) ? text : null
        : null;
}
