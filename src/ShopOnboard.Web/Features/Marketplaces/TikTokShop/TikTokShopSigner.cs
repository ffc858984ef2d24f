using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>
/// TikTok Shop Partner API (202309) signing: query parameters except sign and access_token, sorted by key,
/// as key+value after the path, then the raw body unless the request is multipart, wrapped in the app secret
/// on both sides; HMAC-SHA256 keyed with the app secret, lower-case hex. The body is signed byte for byte as
/// sent, never re-serialised, because the official samples disagree on JSON spacing.
/// </summary>
public static class TikTokShopSigner
{
    public static string StringToSign(string path, IEnumerable<KeyValuePair<string, string>> query, string? body, bool multipart, string appSecret)
    {
        var text = new StringBuilder(appSecret).Append(path);
        foreach (var (key, value) in query.Where(p => p.Key is not ("sign" or "access_token")).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        if (!multipart && !string.IsNullOrEmpty(body))
        {
            text.Append(body);
        }

        return text.Append(appSecret).ToString();
    }

    public static string Sign(string path, IEnumerable<KeyValuePair<string, string>> query, string? body, bool multipart, string appSecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(StringToSign(path, query, body, multipart, appSecret))));
}
