using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ShopOnboard.MarketplaceSandbox.Lazada;

public sealed record LazadaOrder(long OrderId, string SellerId, LazadaItem Item, int Quantity, DateTime CreatedAt)
{
    public string Status { get; set; } = "pending";
    public DateTime UpdatedAt { get; set; } = CreatedAt;
}

public sealed partial class LazadaSandbox
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private long _nextOrderId = 500000000000;

    public ConcurrentDictionary<long, LazadaOrder> Orders { get; } = new();

    /// <summary>Buyers order the seller's published items, round robin; returns the new order ids.</summary>
    public IReadOnlyList<string> CreateBuyerOrders(string sellerId, int count)
    {
        var items = Items.Values.Where(i => i.SellerId == sellerId).OrderBy(i => i.ItemId).ToList();
        var created = new List<string>();
        for (var n = 0; n < count && items.Count > 0; n++)
        {
            var order = new LazadaOrder(Interlocked.Increment(ref _nextOrderId), sellerId, items[n % items.Count], 1 + (n % 3), Now);
            Orders[order.OrderId] = order;
            created.Add(order.OrderId.ToString(CultureInfo.InvariantCulture));
        }

        return created;
    }

    /// <summary>GetOrders: update_after or created_after required, ISO 8601 times, offset paging, limit 1–100.</summary>
    public Task<IResult> GetOrdersAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        var p = call!.Parameters;
        var byUpdate = p.ContainsKey("update_after");
        if (!byUpdate && !p.ContainsKey("created_after"))
        {
            return Error("MissingParameter", "ISV", "The input parameter \"created_after\" or \"update_after\" that is mandatory for processing this request is not supplied.");
        }

        if (!TryTime(p, byUpdate ? "update_after" : "created_after", out var after) || !TryTime(p, byUpdate ? "update_before" : "created_before", out var before))
        {
            return Error("E017", "ISV", "Invalid Date Format, please use YYYY-MM-DDTHH:mm:ss±HH:MM");
        }

        var offset = p.TryGetValue("offset", out var o) ? int.TryParse(o, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed : -1 : 0;
        if (offset < 0)
        {
            return Error("E014", "ISV", "Invalid Offset");
        }

        var limit = p.TryGetValue("limit", out var l) ? int.TryParse(l, CultureInfo.InvariantCulture, out var n) ? n : 0 : 100;
        if (limit is < 1 or > 100)
        {
            return Error("E019", "ISV", "Invalid Limit");
        }

        var matching = Orders.Values.Where(x => x.SellerId == call.SellerId)
            .Select(x => (Order: x, At: byUpdate ? x.UpdatedAt : x.CreatedAt))
            .Where(x => x.At >= after && (before is null || x.At <= before)).OrderBy(x => x.At).ThenBy(x => x.Order.OrderId).Select(x => x.Order).ToList();
        var page = matching.Skip(offset).Take(limit).ToList();
        return Ok(new
        {
            count = page.Count,
            countTotal = matching.Count,
            orders = page.Select(x => new
            {
                order_id = x.OrderId,
                order_number = x.OrderId,
                created_at = Local(x.CreatedAt),
                updated_at = Local(x.UpdatedAt),
                price = (x.Item.Price * x.Quantity).ToString("0.00", CultureInfo.InvariantCulture),
                payment_method = x.Quantity % 2 == 1 ? "COD" : "MIXEDCARD",
                statuses = new[] { x.Status },
                items_count = x.Quantity,
            }),
        });
    });

    /// <summary>GetMultipleOrderItems: order_ids as a JSON array of 1 to 50 ids; one order item per unit bought.</summary>
    public Task<IResult> GetMultipleOrderItemsAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        List<long> ids;
        try
        {
            ids = JsonNode.Parse(call!.Parameters.GetValueOrDefault("order_ids", ""))!.AsArray().Select(id => id!.GetValue<long>()).ToList();
        }
        catch (Exception problem) when (problem is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return Error("MissingParameter", "ISV", "The input parameter \"order_ids\" must be a JSON array of order ids.");
        }

        if (ids.Count is 0 or > 50)
        {
            return Error("E021", "ISV", "order_ids must hold 1 to 50 ids.");
        }

        var found = ids.Select(id => Orders.TryGetValue(id, out var x) && x.SellerId == call.SellerId ? x : null).OfType<LazadaOrder>();
        return Ok(found.Select(x => new
        {
            order_id = x.OrderId,
            order_number = x.OrderId,
            order_items = Enumerable.Range(0, x.Quantity).Select(unit => new
            {
                order_item_id = (x.OrderId * 10) + unit,
                name = x.Item.Name,
                sku = x.Item.SellerSku,
                shop_sku = $"{x.Item.ItemId}_VNAMZ-{x.Item.SkuId}",
                product_id = x.Item.ItemId,
                item_price = x.Item.Price.ToString("0.00", CultureInfo.InvariantCulture),
                paid_price = x.Item.Price.ToString("0.00", CultureInfo.InvariantCulture),
                status = x.Status,
                created_at = Local(x.CreatedAt),
                updated_at = Local(x.UpdatedAt),
            }),
        }));
    });

    /// <summary>Lazada's answer format: "2017-02-10 09:00:00 +0800".</summary>
    private static string Local(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Vietnam).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0700";

    private static bool TryTime(Dictionary<string, string> p, string name, out DateTime? at)
    {
        at = null;
        if (!p.TryGetValue(name, out var text))
        {
            return !name.EndsWith("after", StringComparison.Ordinal);
        }

        if (!DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        at = parsed.UtcDateTime;
        return true;
    }
}
