using System.Text.Json.Nodes;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>The required fields of product.add_item, plus the SKU used to find an item whose create timed out.</summary>
public sealed record ShopeeNewItem(
    string ItemName,
    string Description,
    long OriginalPriceVnd,
    double WeightKg,
    long CategoryId,
    IReadOnlyList<long> LogisticIds,
    IReadOnlyList<string> ImageIds,
    int Stock,
    string Sku)
{
    public JsonObject ToJson() => new()
    {
        ["item_name"] = ItemName,
        ["description"] = Description,
        ["original_price"] = OriginalPriceVnd,
        ["weight"] = WeightKg,
        ["category_id"] = CategoryId,
        ["item_sku"] = Sku,
        ["condition"] = "NEW",
        ["item_status"] = "NORMAL",
        ["brand"] = new JsonObject { ["brand_id"] = 0, ["original_brand_name"] = "NoBrand" },
        ["logistic_info"] = new JsonArray(LogisticIds.Select(id => (JsonNode)new JsonObject { ["logistic_id"] = id, ["enabled"] = true }).ToArray()),
        ["image"] = new JsonObject { ["image_id_list"] = new JsonArray(ImageIds.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()) },
        ["seller_stock"] = new JsonArray(new JsonObject { ["stock"] = Stock }),
    };
}
