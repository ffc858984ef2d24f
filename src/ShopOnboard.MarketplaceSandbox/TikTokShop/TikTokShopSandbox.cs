using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.MarketplaceSandbox.TikTokShop;

/// <summary>The shop a call acts for, and its raw body.</summary>
public sealed record TikTokCall(string Cipher, string Body);

/// <summary>
/// TikTok Shop Partner API 202309's seller subset, in memory, under /tiktok: checks app_key, a timestamp from 5
/// minutes before to 30 seconds after now, the sign over the query and the raw body (written here independently
/// of the app's signer), the x-tts-access-token header and shop_cipher; answers {code, message, request_id, data}.
/// </summary>
public sealed partial class TikTokShopSandbox(TimeProvider clock)
{
    public const string Prefix = "/tiktok";
    public const string AppKey = "sandboxttk";
    public const string AppSecret = "sandbox-tiktok-secret";
    public static readonly TimeSpan AccessTokenLife = TimeSpan.FromDays(7);
    public static readonly TimeSpan RefreshTokenLife = TimeSpan.FromDays(60);
    public const int MaxImagesPerItem = 9;
    public const long MaxImageBytes = 10 * 1024 * 1024;

    private static readonly string[] Scopes = ["seller.product.basic", "seller.order.info"];

    private readonly ConcurrentDictionary<string, (string Cipher, DateTime Expires)> _codes = new();
    private readonly ConcurrentDictionary<string, (string Cipher, DateTime Expires)> _accessTokens = new();
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, byte> _images = new();
    private long _nextShop = 7490000000000000000;

    public SandboxFaults Faults { get; } = new(seed: 13);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What the consent page does: a one-time code (30 minutes) for a (new) shop, named by its cipher.</summary>
    public (string Code, string Cipher) GrantCode(string? cipher = null)
    {
        var shop = cipher ?? string.Create(CultureInfo.InvariantCulture, $"ROW_{Interlocked.Increment(ref _nextShop)}");
        var code = "TTP_" + Token();
        _codes[code] = (shop, Now.AddMinutes(30));
        return (code, shop);
    }

    public void ExpireAccessTokens()
    {
        foreach (var (token, value) in _accessTokens)
        {
            _accessTokens[token] = (value.Cipher, Now.AddSeconds(-1));
        }
    }

    public static string Sign(string path, IEnumerable<KeyValuePair<string, string>> query, string body)
    {
        var text = new StringBuilder(AppSecret).Append(path);
        foreach (var (key, value) in query.Where(q => q.Key is not ("sign" or "access_token")).OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes(text.Append(body).Append(AppSecret).ToString())));
    }

    /// <summary>The checks of every API call; shop APIs also need a shop_cipher that belongs to the token.</summary>
    private async Task<(TikTokCall? Call, IResult? Refused)> CheckAsync(HttpRequest request, bool shopApi)
    {
        var q = request.Query;
        if (string.IsNullOrEmpty(q["app_key"]) || string.IsNullOrEmpty(q["sign"]) || string.IsNullOrEmpty(q["timestamp"]))
        {
            return (null, Error(36009004, "Missing app_key, sign or timestamp."));
        }

        if (q["app_key"] != AppKey)
        {
            return (null, Error(36009004, "Invalid app_key."));
        }

        var now = new DateTimeOffset(Now).ToUnixTimeSeconds();
        if (!long.TryParse(q["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || timestamp < now - 300 || timestamp > now + 30)
        {
            return (null, Error(36009004, "Timestamp is out of range."));
        }

        var multipart = request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
        var body = "";
        if (!multipart && request.ContentLength is not 0)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }

        var expected = Sign(request.Path.Value![Prefix.Length..], q.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())), body);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(q["sign"].ToString())))
        {
            return (null, Error(106001, "Invalid sign."));
        }

        if (!_accessTokens.TryGetValue(request.Headers["x-tts-access-token"].ToString(), out var token))
        {
            return (null, Error(36009004, "Invalid access token."));
        }

        if (token.Expires <= Now)
        {
            return (null, Error(105002, "Access token expired."));
        }

        if (!shopApi)
        {
            return (new TikTokCall(token.Cipher, body), null);
        }

        if (string.IsNullOrEmpty(q["shop_cipher"]))
        {
            return (null, Error(106013, "shop_cipher is missing."));
        }

        return q["shop_cipher"] == token.Cipher ? (new TikTokCall(token.Cipher, body), null) : (null, Error(36009004, "Unexpected shop_cipher."));
    }

    private object IssueTokens(string cipher)
    {
        var access = Token();
        var refresh = Token();
        _accessTokens[access] = (cipher, Now + AccessTokenLife);
        _refreshTokens[refresh] = cipher;
        return Body(new
        {
            access_token = access,
            access_token_expire_in = new DateTimeOffset(Now + AccessTokenLife).ToUnixTimeSeconds(),
            refresh_token = refresh,
            refresh_token_expire_in = new DateTimeOffset(Now + RefreshTokenLife).ToUnixTimeSeconds(),
            open_id = cipher,
            seller_name = "Sandbox " + cipher,
            seller_base_region = "VN",
            user_type = 0,
            granted_scopes = Scopes,
        });
    }

    private static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static object Body(object? data, int code = 0, string message = "Success") =>
        new { code, message, request_id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)), data };

    private static IResult Error(int code, string message, int status = 200) => Results.Json(Body(null, code, message), statusCode: status);

    private static IResult Ok(object? data) => Results.Json(Body(data ?? new { }));

    private Task<IResult> Faulty(Func<Task<IResult>> handler) => Faults.RunAsync(
        handler,
        () => Error(36009002, "Too many requests.", 429),
        () => Error(36009001, "Internal error, please try again.", 500));
}
