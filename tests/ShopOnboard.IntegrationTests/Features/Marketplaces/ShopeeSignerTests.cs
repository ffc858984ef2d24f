using System.Security.Cryptography;
using System.Text;
using ShopOnboard.Web.Features.Marketplaces.Shopee;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>
/// Shopee publishes a base string (developer-guide/16) but no key that reproduces its sign, so the expected
/// values are computed here from the documented recipe with the framework's HMAC, independently of the signer.
/// </summary>
public class ShopeeSignerTests
{
    private const string Key = "test-partner-key";

    private static string Expected(string baseString) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(baseString)));

    [Fact]
    public void SignShop_DocumentedExample_SignsTheDocumentedBaseString()
    {
        var sign = ShopeeSigner.SignShop(2001887, "/api/v2/shop/get_shop_info", 1655714431, "59777174636562737266615546704c6d", 14701711, Key);

        Assert.Equal(Expected("2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711"), sign);
    }

    [Fact]
    public void SignPublic_AuthPartner_SignsPartnerPathTimestamp()
    {
        var sign = ShopeeSigner.SignPublic(2001887, "/api/v2/shop/auth_partner", 1655714431, Key);

        Assert.Equal(Expected("2001887/api/v2/shop/auth_partner1655714431"), sign);
    }

    [Fact]
    public void SignShop_Output_IsLowercaseHex64()
    {
        var sign = ShopeeSigner.SignShop(1, "/api/v2/product/add_item", 1, "TOKEN", 2, "KEY");

        Assert.Matches("^[0-9a-f]{64}$", sign);
    }

    [Fact]
    public void Hmac_KeyIsUtf8NotHex_DiffersFromHexDecodedKey()
    {
        const string hexLookingKey = "6a6b6c6d";
        var asText = ShopeeSigner.Hmac(hexLookingKey, "x");
        var asHex = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(hexLookingKey), Encoding.UTF8.GetBytes("x")));

        Assert.NotEqual(asHex, asText);
    }
}
