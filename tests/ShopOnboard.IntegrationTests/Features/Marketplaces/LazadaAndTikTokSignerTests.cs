using System.Security.Cryptography;
using System.Text;
using ShopOnboard.Web.Features.Marketplaces.Lazada;
using ShopOnboard.Web.Features.Marketplaces.TikTokShop;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The vendors' documented strings to sign; expected signs computed here with the framework's HMAC.</summary>
public class LazadaAndTikTokSignerTests
{
    private static byte[] Hmac(string key, string text) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text));

    private static readonly Dictionary<string, string?> LazadaExample = new()
    {
        ["timestamp"] = "1517820392000",
        ["app_key"] = "123456",
        ["sign_method"] = "sha256",
        ["order_id"] = "1234",
        ["access_token"] = "test",
    };

    [Fact]
    public void LazadaStringToSign_DocumentedExample_MatchesDocId108069()
    {
        var text = LazadaSigner.StringToSign("/order/get", LazadaExample);

        Assert.Equal("/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000", text);
    }

    [Fact]
    public void LazadaSign_DocumentedExample_UpperHexHmacOfStringToSign()
    {
        var sign = LazadaSigner.Sign("/order/get", LazadaExample, "helloworld");

        Assert.Equal(Convert.ToHexString(Hmac("helloworld", "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000")), sign);
        Assert.Matches("^[0-9A-F]{64}$", sign);
    }

    [Fact]
    public void LazadaStringToSign_SignAndEmptyValues_Skipped()
    {
        var text = LazadaSigner.StringToSign("/x", new Dictionary<string, string?> { ["sign"] = "abc", ["b"] = "", ["a"] = "1" });

        Assert.Equal("/xa1", text);
    }

    [Fact]
    public void TikTokSign_DocumentedExample_MatchesPublishedPrefix()
    {
        var query = new Dictionary<string, string> { ["timestamp"] = "1623812664", ["app_key"] = "29a39d", ["access_token"] = "ignored", ["sign"] = "ignored" };

        var text = TikTokShopSigner.StringToSign("/authorization/202309/shops", query, null, multipart: false, "e59af819cc");
        var sign = TikTokShopSigner.Sign("/authorization/202309/shops", query, null, multipart: false, "e59af819cc");

        Assert.Equal("e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc", text);
        Assert.StartsWith("b596b73e", sign, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(Hmac("e59af819cc", text)), sign);
    }

    [Fact]
    public void TikTokStringToSign_JsonBody_AppendedAsSentButNotForMultipart()
    {
        var query = new Dictionary<string, string> { ["app_key"] = "29a39d", ["page_size"] = "20", ["shop_cipher"] = "ROW_test", ["timestamp"] = "1623812664" };
        const string body = "{\"order_status\":\"AWAITING_SHIPMENT\"}";

        var json = TikTokShopSigner.StringToSign("/order/202309/orders/search", query, body, multipart: false, "s");
        var upload = TikTokShopSigner.StringToSign("/order/202309/orders/search", query, body, multipart: true, "s");

        Assert.Equal("s/order/202309/orders/searchapp_key29a39dpage_size20shop_cipherROW_testtimestamp1623812664{\"order_status\":\"AWAITING_SHIPMENT\"}s", json);
        Assert.DoesNotContain("AWAITING", upload, StringComparison.Ordinal);
    }
}
