using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ShopOnboard.MarketplaceSandbox.Lazada;

public sealed record LazadaItem(long ItemId, long SkuId, string SellerId, string Name, string SellerSku, IReadOnlyList<string> Images)
{
    public long Price { get; set; }
    public int Quantity { get; set; }
}

public sealed partial class LazadaSandbox
{
    private long _nextItemId = 4000000000;

    public ConcurrentDictionary<long, LazadaItem> Items { get; } = new();

    /// <summary>Every /product/create that reached the handler, including ones that answered too late.</summary>
    public int CreateCalls => _createCalls;

    public int UpdateCalls => _updateCalls;

    private int _createCalls;
    private int _updateCalls;

    public Task<IResult> CreateProductAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        Interlocked.Increment(ref _createCalls);
        if (!call!.Parameters.TryGetValue("payload", out var payload) || payload.Length == 0)
        {
            return Error("30", "ISV", "Empty Request");
        }

        JsonNode? product;
        try
        {
            product = JsonNode.Parse(payload)?["Request"]?["Product"];
        }
        catch (JsonException)
        {
            return Error("5", "ISV", "Invalid Request Format");
        }

        if (product is null)
        {
            return Error("5", "ISV", "Invalid Request Format");
        }

        if (!long.TryParse(Text(product["PrimaryCategory"]), NumberStyles.None, CultureInfo.InvariantCulture, out var category) || category <= 0)
        {
            return Error("201", "ISP", "Invalid CategoryId");
        }

        var images = (product["Images"]?["Image"] as JsonArray)?.Select(Text).ToList() ?? [];
        if (images.Count == 0)
        {
            return Error("4139", "ISP", "A main image or a SKU image is required.");
        }

        if (images.Count > MaxImagesPerItem)
        {
            return Error("4169", "ISP", "CHK_IMAGE_MAX_ITEMS: Upload a maximum of 8 pictures.");
        }

        if (images.Any(url => url is null || !_images.ContainsKey(url)))
        {
            return Error("500", "ISP", "Create product failed", detail: new[] { new { field = "Images", message = "Only Lazada image URLs are accepted; upload or migrate the image first." } });
        }

        var name = Text(product["Attributes"]?["name"]);
        var problems = new List<object>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            problems.Add(new { field = "name", message = "The product name is required and may have at most 255 characters." });
        }

        if (Text(product["Attributes"]?["brand_id"]) is null)
        {
            problems.Add(new { field = "brand_id", message = "brand_id is mandatory." });
        }

        var sku = (product["Skus"]?["Sku"] as JsonArray)?.FirstOrDefault();
        var sellerSku = Text(sku?["SellerSku"]);
        var price = Number(sku?["price"]);
        if (string.IsNullOrEmpty(sellerSku))
        {
            problems.Add(new { field = "SellerSku", message = "SellerSku is mandatory." });
        }

        if (price is null or <= 0)
        {
            problems.Add(new { field = "price", message = "The price is mandatory and must be positive." });
        }

        var package = ((string[])["package_weight", "package_length", "package_width", "package_height"]).Select(f => Number(sku?[f])).ToList();
        if (package.Any(p => p is null or <= 0))
        {
            problems.Add(new { field = "package", message = "package_weight, package_length, package_width and package_height are mandatory." });
        }

        if (problems.Count > 0)
        {
            return Error("500", "ISP", "Create product failed", detail: problems);
        }

        if (package[0] > 40)
        {
            return Error("4164", "ISP", "The package weight may not exceed 40 kg.");
        }

        if (package.Skip(1).Sum() > 300)
        {
            return Error("4165", "ISP", "Length + width + height may not exceed 300 cm.");
        }

        var id = Interlocked.Increment(ref _nextItemId);
        var item = new LazadaItem(id, id * 10, call.SellerId, name!, sellerSku!, images!) { Price = (long)price!.Value, Quantity = (int)(Number(sku?["quantity"]) ?? 0) };
        Items[id] = item;
        if (Faults.TakeTimeOut("create"))
        {
            await Task.Delay(Faults.TimeoutDelay);
        }

        return Ok(new { item_id = id, sku_list = new[] { new { seller_sku = item.SellerSku, shop_sku = $"{id}_VNAMZ-{item.SkuId}", sku_id = item.SkuId } }, item_status = "Active" });
    });

    /// <summary>GetProducts with sku_seller_list: how the app finds an item whose create answer it never got.</summary>
    public Task<IResult> GetProductsAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        var skus = call!.Parameters.TryGetValue("sku_seller_list", out var list) ? JsonNode.Parse(list)?.AsArray().Select(Text).ToHashSet() ?? [] : [];
        var found = Items.Values.Where(i => i.SellerId == call.SellerId && (skus.Count == 0 || skus.Contains(i.SellerSku))).OrderBy(i => i.ItemId).ToList();
        return Ok(new
        {
            total_products = found.Count,
            products = found.Select(i => new { item_id = i.ItemId, attributes = new { name = i.Name }, skus = new[] { new { SellerSku = i.SellerSku, SkuId = i.SkuId, price = i.Price, quantity = i.Quantity } } }),
        });
    });

    /// <summary>UpdatePriceQuantity: XML payload, 1 to 50 SKUs, each addressed by ItemId/SkuId and SellerSku.</summary>
    public Task<IResult> UpdatePriceQuantityAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        Interlocked.Increment(ref _updateCalls);
        List<XElement> skus;
        try
        {
            skus = XDocument.Parse(call!.Parameters.GetValueOrDefault("payload", "")).Root?.Element("Product")?.Element("Skus")?.Elements("Sku").ToList() ?? [];
        }
        catch (System.Xml.XmlException)
        {
            return Error("5", "ISV", "Invalid Request Format");
        }

        if (skus.Count is 0 or > 50)
        {
            return Error(skus.Count == 0 ? "30" : "204", "ISV", skus.Count == 0 ? "Empty Request" : "Too many SKU in one request");
        }

        foreach (var sku in skus)
        {
            var sellerSku = (string?)sku.Element("SellerSku");
            var item = Items.Values.FirstOrDefault(i => i.SellerId == call.SellerId && i.SellerSku == sellerSku
                && ((long?)sku.Element("ItemId") is not { } itemId || itemId == i.ItemId));
            if (item is null)
            {
                return Error("500", "ISP", "Update failed", detail: new[] { new { field = "SellerSku", message = $"SellerSku {sellerSku} not found." } });
            }

            if ((long?)sku.Element("Price") is { } newPrice)
            {
                item.Price = newPrice;
            }

            if ((int?)sku.Element("Quantity") is { } quantity)
            {
                item.Quantity = quantity;
            }
        }

        return Results.Json(new { code = "0", request_id = RequestId() });
    });

    private static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>().ToString(CultureInfo.InvariantCulture) : value.TryGetValue<string>(out var text) ? text : null
        : null;

    private static double? Number(JsonNode? node) =>
        double.TryParse(Text(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
