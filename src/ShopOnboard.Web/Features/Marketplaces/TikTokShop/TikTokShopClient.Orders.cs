using System.Globalization;
using System.Text.Json.Nodes;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>Get Order List (POST orders/search, page_token paging, ≤ 100 a page) and Get Order Detail (≤ 50 ids).</summary>
public sealed partial class TikTokShopClient
{
    public const int MaxPageSize = 100;

    /// <summary>No window limit is published; a week keeps each search's result set small.</summary>
    public TimeSpan MaxOrderWindow => TimeSpan.FromDays(7);

    public int MaxOrderDetailBatch => 50;

    public async Task<MarketplaceOrderPage> ListOrdersAsync(MarketplaceAccount account, DateTime fromUtc, DateTime toUtc, string? cursor, CancellationToken cancellationToken)
    {
        var query = new List<(string, string)> { ("page_size", MaxPageSize.ToString(CultureInfo.InvariantCulture)), ("sort_field", "update_time"), ("sort_order", "ASC") };
        if (cursor is not null)
        {
            query.Add(("page_token", cursor));
        }

        // update_time_lt is exclusive; the next window starts at this one's end, so nothing falls between.
        var body = new JsonObject { ["update_time_ge"] = Unix(fromUtc), ["update_time_lt"] = Unix(toUtc) + 1 };
        var json = await SendAsync(HttpMethod.Post, "/order/202309/orders/search", query, body, account.AccessToken, account.ExternalShopId, cancellationToken);
        var data = json["data"];
        var ids = data?["orders"]?.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList() ?? [];
        var next = data?["next_page_token"]?.GetValue<string>();
        return new MarketplaceOrderPage(ids, string.IsNullOrEmpty(next) || ids.Count == 0 ? null : next);
    }

    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(MarketplaceAccount account, IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Get, "/order/202309/orders", [("ids", string.Join(',', orderIds))], null, account.AccessToken, account.ExternalShopId, cancellationToken);
        return json["data"]?["orders"]?.AsArray().Select(o => ReadOrder(o!.AsObject())).ToList() ?? [];
    }

    public static OrderStatus MapStatus(string tiktokStatus) => tiktokStatus switch
    {
        "AWAITING_SHIPMENT" => OrderStatus.Confirmed,
        "PARTIALLY_SHIPPING" or "AWAITING_COLLECTION" => OrderStatus.Packed,
        "IN_TRANSIT" => OrderStatus.Shipped,
        "DELIVERED" => OrderStatus.Delivered,
        "COMPLETED" => OrderStatus.Completed,
        "CANCELLED" => OrderStatus.Cancelled,
        _ => OrderStatus.New,
    };

    /// <summary>line_items hold one entry per unit bought; prices are decimal strings.</summary>
    private static MarketplaceOrder ReadOrder(JsonObject o) => new(
        o["id"]!.GetValue<string>(),
        MapStatus(o["status"]?.GetValue<string>() ?? ""),
        o["is_cod"]?.GetValue<bool>(),
        DateTime.UnixEpoch.AddSeconds(o["create_time"]?.GetValue<long>() ?? 0),
        Money(o["payment"]?["total_amount"]),
        o["recipient_address"]?["name"]?.GetValue<string>(),
        o["line_items"]?.AsArray().Select(l => new MarketplaceOrderLine(
            $"{l!["product_id"]?.GetValue<string>()}:{l["sku_id"]?.GetValue<string>()}",
            l["seller_sku"]?.GetValue<string>(),
            l["product_name"]?.GetValue<string>() ?? "",
            1,
            Money(l["sale_price"]))).ToList() ?? []);

    private static long Money(JsonNode? amount) =>
        amount?.GetValue<string>() is { } text ? (long)Math.Round(double.Parse(text, CultureInfo.InvariantCulture)) : 0;

    private static long Unix(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();
}
