using System.Globalization;
using ShopOnboard.MarketplaceSandbox;
using ShopOnboard.Web.Features.Marketplaces;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The same questions asked of each marketplace's simulator, so one test can run against all three.</summary>
public static class SandboxProbe
{
    public static SandboxFaults Faults(this RunningSandbox sandbox, Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => sandbox.Shopee.Faults,
        Marketplace.Lazada => sandbox.Lazada.Faults,
        Marketplace.TikTokShop => sandbox.TikTokShop.Faults,
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    public static int CreateCalls(this RunningSandbox sandbox, Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => sandbox.Shopee.AddItemCalls,
        Marketplace.Lazada => sandbox.Lazada.CreateCalls,
        Marketplace.TikTokShop => sandbox.TikTokShop.CreateCalls,
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    public static int UpdateCalls(this RunningSandbox sandbox, Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => sandbox.Shopee.UpdateCalls,
        Marketplace.Lazada => sandbox.Lazada.UpdateCalls,
        Marketplace.TikTokShop => sandbox.TikTokShop.UpdateCalls,
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    /// <summary>The name of the create call in <see cref="SandboxFaults.TimeOutNext"/>.</summary>
    public static string CreateCallName(Marketplace marketplace) => marketplace == Marketplace.Shopee ? "add_item" : "create";

    /// <summary>(item id, shop id, seller SKU, price) of every item the simulator holds.</summary>
    public static IReadOnlyList<(string ItemId, string ShopId, string Sku, long Price)> Items(this RunningSandbox sandbox, Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => sandbox.Shopee.Items.Values.Select(i => (Invariant(i.ItemId), Invariant(i.ShopId), i.Sku, i.Price)).ToList(),
        Marketplace.Lazada => sandbox.Lazada.Items.Values.Select(i => (Invariant(i.ItemId), i.SellerId, i.SellerSku, i.Price)).ToList(),
        Marketplace.TikTokShop => sandbox.TikTokShop.Products.Values.Select(p => ($"{p.ProductId}:{p.SkuId}", p.Cipher, p.SellerSku, p.Price)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    public static IReadOnlyList<string> CreateBuyerOrders(this RunningSandbox sandbox, Marketplace marketplace, string externalShopId, int count) => marketplace switch
    {
        Marketplace.Shopee => sandbox.Shopee.CreateBuyerOrders(long.Parse(externalShopId, CultureInfo.InvariantCulture), count),
        Marketplace.Lazada => sandbox.Lazada.CreateBuyerOrders(externalShopId, count),
        Marketplace.TikTokShop => sandbox.TikTokShop.CreateBuyerOrders(externalShopId, count),
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    public static void ExpireAccessTokens(this RunningSandbox sandbox, Marketplace marketplace)
    {
        switch (marketplace)
        {
            case Marketplace.Shopee:
                sandbox.Shopee.ExpireAccessTokens();
                break;
            case Marketplace.Lazada:
                sandbox.Lazada.ExpireAccessTokens();
                break;
            case Marketplace.TikTokShop:
                sandbox.TikTokShop.ExpireAccessTokens();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(marketplace));
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
