using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ShopOnboard.MarketplaceSandbox.Shopee;

/// <summary>
/// Shopee Open Platform v2's seller subset, in memory: checks the common parameters and the sign the way
/// developer-guide/16 documents them (sign written here independently of the app's signer), issues
/// 4-hour access tokens and single-use refresh tokens, and answers in Shopee's {error, message, request_id}.
/// </summary>
public sealed partial class ShopeeSandbox(TimeProvider clock)
{
    public const long PartnerId = 1000001;
    public const string PartnerKey = "sandbox-partner-key";
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan AccessTokenLife = TimeSpan.FromHours(4);
    public const int MaxImagesPerItem = 9;
    public const int MaxFilesPerUpload = 8;
    public const long MaxImageBytes = 10 * 1024 * 1024;

    /// <summary>Shopee publishes no pixel limits (UNCONFIRMED); the sandbox uses TikTok Shop's main-image range.</summary>
    public int MinImageSide { get; set; } = 300;

    public int MaxImageSide { get; set; } = 4000;

    private readonly ConcurrentDictionary<string, (long ShopId, DateTime Expires)> _codes = new();
    private readonly ConcurrentDictionary<string, (long ShopId, DateTime Expires)> _accessTokens = new();
    private readonly ConcurrentDictionary<string, long> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, byte> _images = new();
    private long _nextShopId = 700000;
    private long _nextItemId = 3000000000;

    public SandboxFaults Faults { get; } = new();

    public ConcurrentDictionary<long, SandboxItem> Items { get; } = new();

    /// <summary>Every add_item call that reached the handler, including ones that answered too late.</summary>
    public int AddItemCalls => _addItemCalls;

    public int UpdateCalls => _updateCalls;

    private int _addItemCalls;
    private int _updateCalls;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What the seller's consent page does: a one-time code for a (new) shop, valid 10 minutes.</summary>
    public (string Code, long ShopId) GrantCode(long? shopId = null)
    {
        var shop = shopId ?? Interlocked.Increment(ref _nextShopId);
        var code = Token();
        _codes[code] = (shop, Now.AddMinutes(10));
        return (code, shop);
    }

    public static string Sign(string baseString) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PartnerKey), Encoding.UTF8.GetBytes(baseString)));

    /// <summary>Makes every token of a shop expired, as if four hours had passed.</summary>
    public void ExpireAccessTokens()
    {
        foreach (var (token, value) in _accessTokens)
        {
            _accessTokens[token] = (value.ShopId, Now.AddSeconds(-1));
        }
    }

    private object IssueTokens(long shopId)
    {
        var access = Token();
        var refresh = Token();
        _accessTokens[access] = (shopId, Now + AccessTokenLife);
        _refreshTokens[refresh] = shopId;
        return new { access_token = access, refresh_token = refresh, expire_in = (long)AccessTokenLife.TotalSeconds, request_id = RequestId(), error = "", message = "" };
    }

    private static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string RequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static IResult Error(int status, string error, string message) =>
        Results.Json(new { request_id = RequestId(), error, message }, statusCode: status);

    private static IResult Ok(object response) => Results.Json(new { request_id = RequestId(), error = "", message = "", response });

    /// <summary>
    /// The checks every call gets: partner_id, timestamp within 5 minutes, sign over the documented base
    /// string, and for Shop APIs a live access token of that shop_id. Returns an error, or null and the shop.
    /// </summary>
    private IResult? Check(HttpRequest request, bool shopApi, out long shopId)
    {
        shopId = 0;
        var q = request.Query;
        if (string.IsNullOrEmpty(q["partner_id"]))
        {
            return Error(400, "error_param", "There is no partner_id in query.");
        }

        if (!long.TryParse(q["partner_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var partner) || partner != PartnerId)
        {
            return Error(400, "error_param", "Invalid partner_id.");
        }

        if (string.IsNullOrEmpty(q["timestamp"]))
        {
            return Error(400, "error_param", "no timestamp");
        }

        if (!long.TryParse(q["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || Math.Abs(new DateTimeOffset(Now).ToUnixTimeSeconds() - timestamp) > TimestampTolerance.TotalSeconds)
        {
            return Error(400, "error_param", "Invalid timestamp");
        }

        if (string.IsNullOrEmpty(q["sign"]))
        {
            return Error(400, "error_param", "There is no sign in query.");
        }

        var baseString = $"{q["partner_id"]}{request.Path}{q["timestamp"]}";
        if (shopApi)
        {
            if (string.IsNullOrEmpty(q["access_token"]))
            {
                return Error(400, "error_param", "There is no access_token in query.");
            }

            baseString += $"{q["access_token"]}{q["shop_id"]}";
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(baseString)), Encoding.ASCII.GetBytes(q["sign"].ToString())))
        {
            return Error(403, "error_sign", "Wrong sign.");
        }

        if (!shopApi)
        {
            return null;
        }

        if (!long.TryParse(q["shop_id"], NumberStyles.None, CultureInfo.InvariantCulture, out shopId))
        {
            return Error(403, "error_shop", "shopid is invalid");
        }

        if (!_accessTokens.TryGetValue(q["access_token"].ToString(), out var token) || token.ShopId != shopId || token.Expires <= Now)
        {
            return Error(403, "error_auth", "Invalid access_token.");
        }

        return null;
    }

    private Task<IResult> Faulty(Func<Task<IResult>> handler) => Faults.RunAsync(
        handler,
        () => Error(429, "error_too_many_request", "Too many requests, please try later."),
        () => Error(500, "error_server", "Something wrong. Please try later."));
}

public sealed record SandboxItem(long ItemId, long ShopId, string Name, string Sku, IReadOnlyList<string> ImageIds)
{
    public long Price { get; set; }
    public int Stock { get; set; }
}
