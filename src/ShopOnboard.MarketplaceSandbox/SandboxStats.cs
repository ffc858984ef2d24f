using ShopOnboard.MarketplaceSandbox.Lazada;
using ShopOnboard.MarketplaceSandbox.Shopee;
using ShopOnboard.MarketplaceSandbox.TikTokShop;

namespace ShopOnboard.MarketplaceSandbox;

/// <summary>
/// Read-only control endpoint: every item and order the sandbox holds, so a fault run can compare them with
/// the app's database (one item per SKU and shop, every order imported once). Not any marketplace's API.
/// </summary>
public static class SandboxStats
{
    public static void MapSandboxStats(this WebApplication app, ShopeeSandbox shopee, LazadaSandbox lazada, TikTokShopSandbox tiktok) =>
        app.MapGet("/sandbox/stats", () => Results.Json(new
        {
            shopee = new
            {
                add_item_calls = shopee.AddItemCalls,
                items = shopee.Items.Values.Select(i => new { shop = i.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture), sku = i.Sku, id = i.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                orders = shopee.Orders.Values.Select(o => new { shop = o.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture), id = o.OrderSn }),
            },
            lazada = new
            {
                items = lazada.Items.Values.Select(i => new { shop = i.SellerId, sku = i.SellerSku, id = i.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                orders = lazada.Orders.Values.Select(o => new { shop = o.SellerId, id = o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            },
            tiktokshop = new
            {
                // "product:sku", the id the app stores for a TikTok Shop item.
                items = tiktok.Products.Values.Select(p => new { shop = p.Cipher, sku = p.SellerSku, id = p.ProductId + ":" + p.SkuId }),
                orders = tiktok.Orders.Values.Select(o => new { shop = o.Cipher, id = o.Id }),
            },
        }));
}
