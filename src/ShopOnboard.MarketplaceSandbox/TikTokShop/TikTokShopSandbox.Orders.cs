using System.Collections.Concurrent;
using System.Globalization;

namespace ShopOnboard.MarketplaceSandbox.TikTokShop;

public sealed record TikTokOrder(string Id, string Cipher, TikTokProduct Product, int Quantity, DateTime CreatedAt)
{
    public string Status { get; set; } = "AWAITING_SHIPMENT";
    public DateTime UpdatedAt { get; set; } = CreatedAt;
}

public sealed partial class TikTokShopSandbox
{
    private long _nextOrder = 576000000000000000;

    public ConcurrentDictionary<string, TikTokOrder> Orders { get; } = new();

    /// <summary>Buyers order the shop's published products, round robin; returns the new order ids.</summary>
    public IReadOnlyList<string> CreateBuyerOrders(string cipher, int count)
    {
        var products = Products.Values.Where(p => p.Cipher == cipher).OrderBy(p => p.ProductId, StringComparer.Ordinal).ToList();
        var created = new List<string>();
        for (var n = 0; n < count && products.Count > 0; n++)
        {
            var order = new TikTokOrder(Interlocked.Increment(ref _nextOrder).ToString(CultureInfo.InvariantCulture), cipher, products[n % products.Count], 1 + (n % 3), Now);
            Orders[order.Id] = order;
            created.Add(order.Id);
        }

        return created;
    }

    /// <summary>Orders search: page_size 1–100 (required), page_token paging, update_time_ge/lt filters in the body.</summary>
    public Task<IResult> SearchOrdersAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: true);
        if (refused is not null)
        {
            return refused;
        }

        if (!int.TryParse(request.Query["page_size"], CultureInfo.InvariantCulture, out var size) || size is < 1 or > 100)
        {
            return Error(36009003, "page_size is required and must be 1 to 100.");
        }

        var body = Parse(call!.Body.Length == 0 ? "{}" : call.Body);
        if (body is null)
        {
            return Error(12052002, "The request body is not valid JSON.");
        }

        var from = body["update_time_ge"]?.GetValue<long>() ?? long.MinValue;
        var to = body["update_time_lt"]?.GetValue<long>() ?? long.MaxValue;
        var offset = int.TryParse(request.Query["page_token"], CultureInfo.InvariantCulture, out var token) ? token : 0;
        var matching = Orders.Values.Where(o => o.Cipher == call.Cipher)
            .Select(o => (Order: o, At: new DateTimeOffset(o.UpdatedAt).ToUnixTimeSeconds()))
            .Where(o => o.At >= from && o.At < to).OrderBy(o => o.At).ThenBy(o => o.Order.Id, StringComparer.Ordinal).Select(o => o.Order).ToList();
        var page = matching.Skip(offset).Take(size).ToList();
        var more = offset + page.Count < matching.Count;
        return Ok(new
        {
            total_count = matching.Count,
            next_page_token = more ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : "",
            orders = page.Select(Detail),
        });
    });

    /// <summary>Get Order Detail: ids joined with commas, at most 50.</summary>
    public Task<IResult> GetOrdersAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: true);
        if (refused is not null)
        {
            return refused;
        }

        var ids = request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length is 0 or > 50)
        {
            return Error(36009003, "ids must hold 1 to 50 order ids.");
        }

        var found = ids.Select(id => Orders.TryGetValue(id, out var o) && o.Cipher == call!.Cipher ? o : null).OfType<TikTokOrder>();
        return Ok(new { orders = found.Select(Detail) });
    });

    /// <summary>One line item per unit bought, as TikTok Shop lists them.</summary>
    private static object Detail(TikTokOrder o) => new
    {
        id = o.Id,
        status = o.Status,
        create_time = new DateTimeOffset(o.CreatedAt).ToUnixTimeSeconds(),
        update_time = new DateTimeOffset(o.UpdatedAt).ToUnixTimeSeconds(),
        is_cod = o.Quantity % 2 == 1,
        payment = new { currency = "VND", total_amount = (o.Product.Price * o.Quantity).ToString(CultureInfo.InvariantCulture) },
        recipient_address = new { name = "Người mua " + o.Id[^4..], region_code = "VN" },
        line_items = Enumerable.Range(0, o.Quantity).Select(unit => new
        {
            id = o.Id + unit.ToString(CultureInfo.InvariantCulture),
            product_id = o.Product.ProductId,
            sku_id = o.Product.SkuId,
            seller_sku = o.Product.SellerSku,
            product_name = o.Product.Title,
            sale_price = o.Product.Price.ToString(CultureInfo.InvariantCulture),
            currency = "VND",
        }),
    };
}
