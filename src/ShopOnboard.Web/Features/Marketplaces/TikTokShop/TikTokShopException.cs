namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>
/// TikTok Shop's error shape: {code (int, 0 on success), message, request_id}. 36009002 (with HTTP 429) and
/// 503 overload are retried; 105002 (token expired) and an invalid access token mean the shop must authorise again.
/// </summary>
public sealed class TikTokShopException(int code, string message, string? requestId, int httpStatus, TimeSpan? retryAfter = null)
    : MarketplaceException(
        Marketplace.TikTokShop,
        code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        message,
        requestId,
        httpStatus,
        retryAfter,
        isTransient: httpStatus is 0 or 429 or >= 500 || code == TooManyRequests,
        isAuthError: code is TokenExpired or InvalidAuthCode || (code == 36009004 && message.Contains("access token", StringComparison.OrdinalIgnoreCase)))
{
    public const int TooManyRequests = 36009002;
    public const int TokenExpired = 105002;

    /// <summary>A spent or expired authorisation code (UNCONFIRMED code; the common table lists no auth-flow codes).</summary>
    public const int InvalidAuthCode = 36004009;

    public int Code { get; } = code;
}
