using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.MarketplaceSandbox.Lazada;

/// <summary>A request's parameters, the seller it acts for, or the error Lazada would answer instead.</summary>
public sealed record LazadaCall(Dictionary<string, string> Parameters, string SellerId, IFormFileCollection? Files);

public sealed partial class LazadaSandbox
{
    /// <summary>
    /// Every call's checks: app_key, timestamp within 7200 s, sign_method, the sign over every parameter (query
    /// and form, files excluded), and for seller APIs a live access token. Both sign forms of the official SDKs
    /// are accepted: empty values skipped (Java, C#) or kept (Python).
    /// </summary>
    private async Task<(LazadaCall? Call, IResult? Refused)> CheckAsync(HttpRequest request, string prefix, bool sellerApi)
    {
        var parameters = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        IFormFileCollection? files = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }

            files = form.Files;
        }

        foreach (var name in (string[])["app_key", "timestamp", "sign_method", "sign"])
        {
            if (!parameters.TryGetValue(name, out var value) || value.Length == 0)
            {
                return (null, Error("MissingParameter", "ISV", $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied."));
            }
        }

        if (parameters["app_key"] != AppKey)
        {
            return (null, Error("InvalidAppKey", "ISV", "The specified app key is invalid."));
        }

        if (!long.TryParse(parameters["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var millis)
            || Math.Abs(new DateTimeOffset(Now).ToUnixTimeMilliseconds() - millis) > TimestampTolerance.TotalMilliseconds)
        {
            return (null, Error("InvalidTimestamp", "ISV", "The specified timestamp is invalid or out of the 7200 second range."));
        }

        if (parameters["sign_method"] != "sha256")
        {
            return (null, Error("InvalidSignMethod", "ISV", "The specified sign_method is not supported."));
        }

        var apiPath = request.Path.Value![prefix.Length..];
        var given = Encoding.ASCII.GetBytes(parameters["sign"]);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(apiPath, parameters, skipEmpty: true)), given)
            && !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(apiPath, parameters, skipEmpty: false)), given))
        {
            return (null, Error("IncompleteSignature", "ISV", "The request signature does not conform to lazop standards."));
        }

        if (!sellerApi)
        {
            return (new LazadaCall(parameters, "", files), null);
        }

        if (!parameters.TryGetValue("access_token", out var token) || !_accessTokens.TryGetValue(token, out var owner) || owner.Expires <= Now)
        {
            return (null, Error("IllegalAccessToken", "ISV", "The specified access token is invalid or expired."));
        }

        return (new LazadaCall(parameters, owner.SellerId, files), null);
    }
}
