using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopOnboard.MarketplaceSandbox.Shopee;

public sealed partial class ShopeeSandbox
{
    public Task<IResult> AddItemAsync(HttpRequest request) => Faulty(async () =>
    {
        if (Check(request, shopApi: true, out var shopId) is { } refused)
        {
            return refused;
        }

        Interlocked.Increment(ref _addItemCalls);
        var body = await BodyAsync(request);
        if (body is null)
        {
            return Error(400, "product.error_param", "Invalid request body.");
        }

        foreach (var field in (string[])["original_price", "description", "weight", "item_name", "logistic_info", "category_id", "image"])
        {
            if (body[field] is null)
            {
                return Error(400, "product.error_param", $"invalid field {field}: value must Not Null");
            }
        }

        var name = Text(body["item_name"]);
        if (string.IsNullOrWhiteSpace(name) || name.Length < 2)
        {
            return Error(400, "product.error_item_name_is_too_short", "Item name is too short.");
        }

        if (name.Length > 120)
        {
            return Error(400, "product.error_title_exceeds_max_length", "Item name exceeds max length.");
        }

        if (string.IsNullOrWhiteSpace(Text(body["description"])))
        {
            return Error(400, "product.error_desc_length_min_limit", "Description is too short.");
        }

        var price = Number(body["original_price"]);
        if (price is null or <= 0 or > 1_000_000_000)
        {
            return Error(400, "product.error_price_exceed_min_limitt", "Price is out of range.");
        }

        if (Number(body["category_id"]) is null or <= 0)
        {
            return Error(400, "product.error_param", "Invalid category.");
        }

        if (body["logistic_info"] is not JsonArray logistics || logistics.Count == 0
            || logistics.Any(l => Number(l?["logistic_id"]) is null || l?["enabled"]?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            return Error(400, "product.error_invalid_logistic_info", "Invalid logistic info.");
        }

        var images = (body["image"]?["image_id_list"] as JsonArray)?.Select(Text).ToList() ?? [];
        if (images.Count == 0)
        {
            return Error(400, "product.error_image_num_min", "At least one image is required.");
        }

        if (images.Count > MaxImagesPerItem)
        {
            return Error(400, "product.error_param", "The number of images exceeds the limit of 9.");
        }

        if (images.Any(i => i is null || !_images.ContainsKey(i)))
        {
            return Error(400, "product.error_param", "Image not exist.");
        }

        var item = new SandboxItem(Interlocked.Increment(ref _nextItemId), shopId, name, Text(body["item_sku"]) ?? "", images!)
        {
            Price = (long)price.Value,
            Stock = (int)(Number(body["seller_stock"]?[0]?["stock"]) ?? 0),
        };
        Items[item.ItemId] = item;
        if (Faults.TakeTimeOut("add_item"))
        {
            await Task.Delay(Faults.TimeoutDelay);
        }

        return Ok(new { item_id = item.ItemId, item_name = name });
    });

    /// <summary>search_item by item_sku: how the app finds an item whose create answer it never got.</summary>
    public Task<IResult> SearchItemAsync(HttpRequest request) => Faulty(() =>
    {
        if (Check(request, shopApi: true, out var shopId) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var sku = request.Query["item_sku"].ToString();
        var ids = Items.Values.Where(i => i.ShopId == shopId && sku.Length > 0 && i.Sku == sku).Select(i => i.ItemId).Order().ToList();
        return Task.FromResult(Ok(new { item_id_list = ids, total_count = ids.Count }));
    });

    public Task<IResult> UpdatePriceAsync(HttpRequest request) => UpdateAsync(request, "price_list", (item, entry) =>
    {
        var price = Number(entry["original_price"]);
        if (price is null or <= 0)
        {
            return "invalid field OriginalPrice";
        }

        item.Price = (long)price.Value;
        return null;
    });

    public Task<IResult> UpdateStockAsync(HttpRequest request) => UpdateAsync(request, "stock_list", (item, entry) =>
    {
        var stock = Number(entry["seller_stock"]?[0]?["stock"]);
        if (stock is null or < 0)
        {
            return "invalid field SellerStock";
        }

        item.Stock = (int)stock.Value;
        return null;
    });

    private Task<IResult> UpdateAsync(HttpRequest request, string listField, Func<SandboxItem, JsonNode, string?> apply) => Faulty(async () =>
    {
        if (Check(request, shopApi: true, out var shopId) is { } refused)
        {
            return refused;
        }

        Interlocked.Increment(ref _updateCalls);
        var body = await BodyAsync(request);
        var itemId = Number(body?["item_id"]);
        if (itemId is null)
        {
            return Error(400, "product.error_param", "invalid field ItemId: value must Not Null");
        }

        if (!Items.TryGetValue((long)itemId.Value, out var item) || item.ShopId != shopId)
        {
            return Error(400, "product.error_item_not_found", "Item not found.");
        }

        if (body![listField] is not JsonArray list || list.Count is 0 or > 50)
        {
            return Error(400, "product.error_param", $"{listField} must hold 1 to 50 entries.");
        }

        var problem = apply(item, list[0]!);
        return problem is null ? Ok(new { success_list = new[] { new { model_id = 0 } }, failure_list = Array.Empty<object>() }) : Error(400, "product.error_param", problem);
    });

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static double? Number(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : null;
}
