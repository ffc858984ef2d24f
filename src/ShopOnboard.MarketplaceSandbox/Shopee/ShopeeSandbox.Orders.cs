using System.Collections.Concurrent;
using System.Globalization;

namespace ShopOnboard.MarketplaceSandbox.Shopee;

public sealed record SandboxOrder(string OrderSn, long ShopId, long ItemId, string ItemName, string Sku, int Quantity, long Price, DateTime CreatedAt)
{
    public string Status { get; set; } = "READY_TO_SHIP";
    public DateTime UpdatedAt { get; set; } = CreatedAt;
}

public sealed partial class ShopeeSandbox
{
    private int _orderNumber;

    public ConcurrentDictionary<string, SandboxOrder> Orders { get; } = new();

    /// <summary>Buyers order the shop's published items, round robin; returns the new order numbers.</summary>
    public IReadOnlyList<string> CreateBuyerOrders(long shopId, int count)
    {
        var items = Items.Values.Where(i => i.ShopId == shopId).OrderBy(i => i.ItemId).ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var created = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var item = items[n % items.Count];
            var sn = string.Create(CultureInfo.InvariantCulture, $"{Now:yyMMdd}SB{Interlocked.Increment(ref _orderNumber):D6}");
            Orders[sn] = new SandboxOrder(sn, shopId, item.ItemId, item.Name, item.Sku, 1 + (n % 3), item.Price, Now);
            created.Add(sn);
        }

        return created;
    }

    public Task<IResult> GetOrderListAsync(HttpRequest request) => Faulty(() => Task.FromResult(OrderList(request)));

    public Task<IResult> GetOrderDetailAsync(HttpRequest request) => Faulty(() => Task.FromResult(OrderDetail(request)));

    private IResult OrderList(HttpRequest request)
    {
        if (Check(request, shopApi: true, out var shopId) is { } refused)
        {
            return refused;
        }

        var q = request.Query;
        if (q["time_range_field"].ToString() is not ("create_time" or "update_time"))
        {
            return Error(400, "order.error_param", "time_range_field is required.");
        }

        if (!long.TryParse(q["time_from"], CultureInfo.InvariantCulture, out var from) || !long.TryParse(q["time_to"], CultureInfo.InvariantCulture, out var to))
        {
            return Error(400, "order.error_param", "time_from and time_to are required.");
        }

        if (from >= to || to - from > 15 * 24 * 3600)
        {
            return Error(400, "order.order_list_invalid_time", "Start time must be earlier than end time and diff in 15days.");
        }

        if (!int.TryParse(q["page_size"], CultureInfo.InvariantCulture, out var size) || size is < 1 or > 100)
        {
            return Error(400, "order.error_param", "page_size must be between 1 and 100.");
        }

        var offset = int.TryParse(q["cursor"], CultureInfo.InvariantCulture, out var c) ? c : 0;
        var byCreate = q["time_range_field"] == "create_time";
        var matching = Orders.Values.Where(o => o.ShopId == shopId)
            .Select(o => (Order: o, At: new DateTimeOffset(byCreate ? o.CreatedAt : o.UpdatedAt).ToUnixTimeSeconds()))
            .Where(o => o.At >= from && o.At <= to).OrderBy(o => o.At).ThenBy(o => o.Order.OrderSn).Select(o => o.Order).ToList();
        var page = matching.Skip(offset).Take(size).ToList();
        var more = offset + page.Count < matching.Count;
        return Ok(new
        {
            more,
            next_cursor = more ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : "",
            order_list = page.Select(o => new { order_sn = o.OrderSn }),
        });
    }

    private IResult OrderDetail(HttpRequest request)
    {
        if (Check(request, shopApi: true, out var shopId) is { } refused)
        {
            return refused;
        }

        var sns = request.Query["order_sn_list"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (sns.Length is 0 or > 50)
        {
            return Error(400, "order.error_param", "order_sn_list must hold 1 to 50 order numbers.");
        }

        var found = sns.Select(sn => Orders.TryGetValue(sn, out var o) && o.ShopId == shopId ? o : null).OfType<SandboxOrder>();
        return Ok(new
        {
            order_list = found.Select(o => new
            {
                order_sn = o.OrderSn,
                region = "VN",
                currency = "VND",
                cod = o.Quantity % 2 == 1,
                order_status = o.Status,
                create_time = new DateTimeOffset(o.CreatedAt).ToUnixTimeSeconds(),
                update_time = new DateTimeOffset(o.UpdatedAt).ToUnixTimeSeconds(),
                buyer_username = "nguoimua" + o.OrderSn[^4..],
                total_amount = o.Price * o.Quantity,
                item_list = new[]
                {
                    new { item_id = o.ItemId, item_name = o.ItemName, item_sku = o.Sku, model_id = 0, model_quantity_purchased = o.Quantity, model_original_price = o.Price, model_discounted_price = o.Price },
                },
            }),
        });
    }
}
