using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>
/// Shopee Open Platform v2 request signing (developer-guide/16 and /20): lowercase hex HMAC-SHA256, keyed
/// with the partner key as a UTF-8 string (not hex-decoded, as every official demo does), over the plain
/// concatenation partner_id + api_path + timestamp [+ access_token + shop_id]. Query and body are not signed.
/// </summary>
public static class ShopeeSigner
{
    /// <summary>Public API (auth, media_space): partner_id + path + timestamp.</summary>
    public static string SignPublic(long partnerId, string apiPath, long timestamp, string partnerKey) =>
        Hmac(partnerKey, string.Create(CultureInfo.InvariantCulture, $"{partnerId}{apiPath}{timestamp}"));

    /// <summary>Shop API: partner_id + path + timestamp + access_token + shop_id.</summary>
    public static string SignShop(long partnerId, string apiPath, long timestamp, string accessToken, long shopId, string partnerKey) =>
        Hmac(partnerKey, string.Create(CultureInfo.InvariantCulture, $"{partnerId}{apiPath}{timestamp}{accessToken}{shopId}"));

    public static string Hmac(string partnerKey, string baseString) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(partnerKey), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>Constant-time comparison, so a checker (the sandbox) does not leak how much of a sign matched.</summary>
    public static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
