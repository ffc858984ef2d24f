using System.Globalization;
using System.Text.Json.Nodes;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>GetOrders (update_after/update_before, offset paging, at most 100 a page) and the orders' items.</summary>
public sealed partial class LazadaClient
{
    public const int MaxPageSize = 100;

    /// <summary>GetOrders publishes no window limit; a week keeps offsets small while orders move under the pager.</summary>
    public TimeSpan MaxOrderWindow => TimeSpan.FromDays(7);

    /// <summary>GetMultipleOrderItems takes a JSON array of order ids (50 at most, UNCONFIRMED).</summary>
    public int MaxOrderDetailBatch => 50;

    public async Task<MarketplaceOrderPage> ListOrdersAsync(MarketplaceAccount account, DateTime fromUtc, DateTime toUtc, string? cursor, CancellationToken cancellationToken)
    {
        var offset = int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var json = await SendAsync(HttpMethod.Get, _options.ApiBaseUrl, "/orders/get",
        [
            ("update_after", Iso(fromUtc)),
            ("update_before", Iso(toUtc)),
            ("sort_by", "updated_at"),
            ("sort_direction", "ASC"),
            ("offset", offset.ToString(CultureInfo.InvariantCulture)),
            ("limit", MaxPageSize.ToString(CultureInfo.InvariantCulture)),
        ], null, account.AccessToken, cancellationToken);
        var data = json["data"];
        var ids = data?["orders"]?.AsArray().Select(order => Text(order!["order_id"]!)).ToList() ?? [];
        var total = data?["countTotal"]?.GetValue<int>() ?? 0;
        var next = offset + ids.Count;
        return new MarketplaceOrderPage(ids, ids.Count > 0 && next < total ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>
    /// One /orders/items/get for the batch. Lazada lists one order item per unit bought, and keeps status per item, so the order takes its first item's;
    /// the payment method is not on items, so whether it is cash on delivery stays unknown (null).
    /// </summary>
    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(MarketplaceAccount account, IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        var ids = new JsonArray(orderIds.Select(id => (JsonNode)JsonValue.Create(long.Parse(id, CultureInfo.InvariantCulture))).ToArray());
        var json = await SendAsync(HttpMethod.Get, _options.ApiBaseUrl, "/orders/items/get", [("order_ids", ids.ToJsonString())], null, account.AccessToken, cancellationToken);
        return json["data"]?.AsArray().Select(order => ReadOrder(order!.AsObject())).ToList() ?? [];
    }

    public static OrderStatus MapStatus(string lazadaStatus) => lazadaStatus.ToLowerInvariant() switch
    {
        "pending" => OrderStatus.Confirmed,
        "topack" or "packed" or "ready_to_ship" or "toship" => OrderStatus.Packed,
        "shipped" or "shipping" => OrderStatus.Shipped,
        "delivered" => OrderStatus.Delivered,
        "confirmed" => OrderStatus.Completed,
        "canceled" or "cancelled" or "failed" or "lost" or "shipped_back" => OrderStatus.Cancelled,
        "returned" => OrderStatus.Returned,
        _ => OrderStatus.New,
    };

    private static MarketplaceOrder ReadOrder(JsonObject order)
    {
        var items = order["order_items"]?.AsArray().Select(i => i!.AsObject()).ToList() ?? [];
        var lines = items.Select(i => new MarketplaceOrderLine(
            i["product_id"] is { } product ? Text(product) : "",
            i["sku"]?.GetValue<string>(),
            i["name"]?.GetValue<string>() ?? "",
            1,
            Money(i["paid_price"] ?? i["item_price"]))).ToList();
        var first = items.FirstOrDefault();
        return new MarketplaceOrder(
            Text(order["order_id"]!),
            MapStatus(first?["status"]?.GetValue<string>() ?? ""),
            null,
            first?["created_at"]?.GetValue<string>() is { } created ? ParseTime(created) : DateTime.UnixEpoch,
            lines.Sum(l => l.UnitPriceVnd),
            null,
            lines);
    }

    /// <summary>Lazada writes times as "2017-02-10 09:00:00 +0800" in answers and wants ISO 8601 in requests.</summary>
    public static DateTime ParseTime(string text)
    {
        // "+0800" is not an offset .NET parses; "+08:00" is.
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime;
    }

    private static string Iso(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Prices come as decimal strings ("45000.00"); VND has no minor unit.</summary>
    private static long Money(JsonNode? node) => node switch
    {
        null => 0,
        _ when node.GetValueKind() == System.Text.Json.JsonValueKind.Number => (long)Math.Round(node.GetValue<double>()),
        _ => (long)Math.Round(double.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture)),
    };
}
