namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>
/// Lazada's error shape: code (a string, "0" on success), type (ISV client error, ISP business error, SYSTEM
/// gateway error), message, request_id. Code 901 is Lazada's throttling, retried like a 429; a bad or expired
/// access token, refresh token or code means the shop must authorise again.
/// </summary>
public sealed class LazadaException(string code, string type, string message, string? requestId, int httpStatus, TimeSpan? retryAfter = null)
    : MarketplaceException(
        Marketplace.Lazada,
        code,
        message,
        requestId,
        httpStatus,
        retryAfter,
        isTransient: httpStatus is 0 or 429 or >= 500 || code is "901" or "ServiceTimeout" || (type == "SYSTEM" && code.StartsWith("Service", StringComparison.Ordinal)),
        isAuthError: code is "IllegalAccessToken" or "InvalidAccessToken" or "IllegalRefreshToken" or "InvalidCode" or "AccessTokenExpired")
{
    public string Type { get; } = type;
}
