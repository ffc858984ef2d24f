using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.MarketplaceSandbox.Lazada;

/// <summary>
/// Lazada Open Platform's seller subset, in memory, under /lazada: checks the system parameters and the sign the
/// way docId 108068 documents them (written here independently of the app's signer), issues 7-day access
/// tokens (a "Test" app's) and single-use refresh tokens, and answers in Lazada's {code, type, message, request_id}.
/// </summary>
public sealed partial class LazadaSandbox(TimeProvider clock)
{
    public const string ApiPrefix = "/lazada/rest";
    public const string AuthPrefix = "/lazada/auth/rest";
    public const string AppKey = "100001";
    public const string AppSecret = "sandbox-lazada-secret";
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromSeconds(7200);
    public static readonly TimeSpan AccessTokenLife = TimeSpan.FromDays(7);
    public static readonly TimeSpan RefreshTokenLife = TimeSpan.FromDays(30);
    public static readonly TimeSpan CodeLife = TimeSpan.FromMinutes(30);
    public const int MaxImagesPerItem = 8;

    /// <summary>The image guide's limit (the API pages say 1 MB; the error texts say 3145728 B).</summary>
    public const long MaxImageBytes = 3_145_728;

    public const int MinImageSide = 330;
    public const int MaxImageSide = 5000;

    private readonly ConcurrentDictionary<string, (string SellerId, DateTime Expires)> _codes = new();
    private readonly ConcurrentDictionary<string, (string SellerId, DateTime Expires)> _accessTokens = new();
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, byte> _images = new();
    private long _nextSellerId = 200000000;

    public SandboxFaults Faults { get; } = new(seed: 11);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What the consent page does: a one-time code for a (new) seller, valid 30 minutes.</summary>
    public (string Code, string SellerId) GrantCode(string? sellerId = null)
    {
        var seller = sellerId ?? Interlocked.Increment(ref _nextSellerId).ToString(CultureInfo.InvariantCulture);
        var code = "0_" + AppKey + "_" + Token();
        _codes[code] = (seller, Now + CodeLife);
        return (code, seller);
    }

    /// <summary>Makes every access token expired, as if a week had passed.</summary>
    public void ExpireAccessTokens()
    {
        foreach (var (token, value) in _accessTokens)
        {
            _accessTokens[token] = (value.SellerId, Now.AddSeconds(-1));
        }
    }

    /// <summary>The documented recipe: sorted name+value pairs after the API path, HMAC-SHA256 with the app secret, upper-case hex.</summary>
    public static string Sign(string apiPath, IEnumerable<KeyValuePair<string, string>> parameters, bool skipEmpty)
    {
        var text = new StringBuilder(apiPath);
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign" && (!skipEmpty || p.Value.Length > 0)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        return Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes(text.ToString())));
    }

    private object IssueTokens(string sellerId) => IssueTokens(sellerId, Token(), Token());

    private object IssueTokens(string sellerId, string access, string refresh)
    {
        _accessTokens[access] = (sellerId, Now + AccessTokenLife);
        _refreshTokens[refresh] = sellerId;
        return new
        {
            access_token = access,
            refresh_token = refresh,
            expires_in = (long)AccessTokenLife.TotalSeconds,
            refresh_expires_in = (long)RefreshTokenLife.TotalSeconds,
            country = "vn",
            account = $"seller{sellerId}@sandbox.local",
            account_platform = "seller_center",
            country_user_info = new[] { new { country = "vn", seller_id = sellerId, user_id = sellerId, short_code = "VN" + sellerId } },
            code = "0",
            request_id = RequestId(),
        };
    }

    private static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string RequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Lazada answers its errors with HTTP 200 (UNCONFIRMED); only throttling and outages use 429/5xx here.</summary>
    private static IResult Error(string code, string type, string message, int status = 200, object? detail = null) =>
        Results.Json(new { type, code, message, request_id = RequestId(), detail }, statusCode: status);

    private static IResult Ok(object data) => Results.Json(new { data, code = "0", request_id = RequestId() });

    private Task<IResult> Faulty(Func<Task<IResult>> handler) => Faults.RunAsync(
        handler,
        () => Error("901", "ISP", "Limit service request speed in server side temporarily, please retry in the next second.", 429),
        () => Error("InternalError", "SYSTEM", "The request processing has failed due to some unknown error.", 500));
}
