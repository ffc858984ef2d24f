using System.Globalization;
using System.Text.Json.Nodes;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

public sealed record ShopeeOrderPage(IReadOnlyList<string> OrderSns, bool More, string NextCursor);

public sealed record ShopeeOrderLine(long ItemId, string ItemName, string? ItemSku, int Quantity, long UnitPriceVnd);

public sealed record ShopeeOrder(string OrderSn, string Status, bool Cod, DateTime CreatedAt, DateTime UpdatedAt, long TotalVnd, string? BuyerName, IReadOnlyList<ShopeeOrderLine> Lines);

public sealed partial class ShopeeClient
{
    /// <summary>get_order_list's window may not exceed 15 days.</summary>
    public static readonly TimeSpan MaxOrderWindow = TimeSpan.FromDays(15);

    public const int MaxPageSize = 100;

    /// <summary>get_order_detail takes 1–50 order numbers.</summary>
    public const int MaxDetailBatch = 50;

    public async Task<ShopeeOrderPage> GetOrderListAsync(ShopeeShop shop, DateTime fromUtc, DateTime toUtc, string cursor, int pageSize, CancellationToken cancellationToken)
    {
        if (toUtc - fromUtc > MaxOrderWindow || toUtc < fromUtc)
        {
            throw new ArgumentOutOfRangeException(paramName: nameof(toUtc), message: "Shopee takes order windows of at most 15 days.");
        }

        var json = await SendAsync(HttpMethod.Get, "/api/v2/order/get_order_list",
        [
            ("time_range_field", "update_time"),
            ("time_from", Unix(fromUtc)),
            ("time_to", Unix(toUtc)),
            ("page_size", Math.Clamp(pageSize, 1, MaxPageSize).ToString(CultureInfo.InvariantCulture)),
            ("cursor", cursor),
        ], null, shop, cancellationToken);
        var response = json["response"];
        var sns = response?["order_list"]?.AsArray().Select(o => o!["order_sn"]!.GetValue<string>()).ToList() ?? [];
        return new ShopeeOrderPage(sns, response?["more"]?.GetValue<bool>() ?? false, response?["next_cursor"]?.GetValue<string>() ?? "");
    }

    public async Task<IReadOnlyList<ShopeeOrder>> GetOrderDetailAsync(ShopeeShop shop, IReadOnlyList<string> orderSns, CancellationToken cancellationToken)
    {
        if (orderSns.Count is 0 or > MaxDetailBatch)
        {
            throw new ArgumentOutOfRangeException(paramName: nameof(orderSns), message: "Shopee takes 1 to 50 order numbers per call.");
        }

        var json = await SendAsync(HttpMethod.Get, "/api/v2/order/get_order_detail",
        [
            ("order_sn_list", string.Join(',', orderSns)),
            ("response_optional_fields", "buyer_username,item_list,total_amount"),
        ], null, shop, cancellationToken);
        return json["response"]?["order_list"]?.AsArray().Select(o => ReadOrder(o!.AsObject())).ToList() ?? [];
    }

    public static OrderStatus MapStatus(string shopeeStatus) => shopeeStatus switch
    {
        "READY_TO_SHIP" => OrderStatus.Confirmed,
        "PROCESSED" => OrderStatus.Packed,
        "SHIPPED" => OrderStatus.Shipped,
        "TO_CONFIRM_RECEIVE" => OrderStatus.Delivered,
        "COMPLETED" => OrderStatus.Completed,
        "IN_CANCEL" or "CANCELLED" => OrderStatus.Cancelled,
        "TO_RETURN" => OrderStatus.Returned,
        _ => OrderStatus.New,
    };

    private static ShopeeOrder ReadOrder(JsonObject o) => new(
        o["order_sn"]!.GetValue<string>(),
        o["order_status"]?.GetValue<string>() ?? "",
        o["cod"]?.GetValue<bool>() ?? false,
        DateTime.UnixEpoch.AddSeconds(o["create_time"]?.GetValue<long>() ?? 0),
        DateTime.UnixEpoch.AddSeconds(o["update_time"]?.GetValue<long>() ?? 0),
        (long)Math.Round(o["total_amount"]?.GetValue<double>() ?? 0),
        o["buyer_username"]?.GetValue<string>(),
        o["item_list"]?.AsArray().Select(i => new ShopeeOrderLine(
            i!["item_id"]!.GetValue<long>(),
            i["item_name"]?.GetValue<string>() ?? "",
            i["item_sku"]?.GetValue<string>(),
            i["model_quantity_purchased"]?.GetValue<int>() ?? 1,
            (long)Math.Round(i["model_discounted_price"]?.GetValue<double>() ?? i["model_original_price"]?.GetValue<double>() ?? 0))).ToList() ?? []);

    private static string Unix(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
