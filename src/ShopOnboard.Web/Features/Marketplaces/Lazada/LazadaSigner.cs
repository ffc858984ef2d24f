using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>
/// Lazada Open Platform signing (docId 108068): every parameter except sign and files, access_token and
/// payload included, sorted by name in ordinal (ASCII) order, concatenated as name+value after the API path,
/// HMAC-SHA256 keyed with the app secret, upper-case hex. Empty values are skipped as the official Java and
/// C# SDKs do.
/// </summary>
public static class LazadaSigner
{
    public static string StringToSign(string apiPath, IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var text = new StringBuilder(apiPath);
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        return text.ToString();
    }

    public static string Sign(string apiPath, IEnumerable<KeyValuePair<string, string?>> parameters, string appSecret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(StringToSign(apiPath, parameters))));
}
