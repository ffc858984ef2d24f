namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>
/// Shopee's error shape (error, message, request_id), or a transport failure: 429, 5xx and error_server are
/// retried; error_auth (and Shopee's misspelt invalid_acceess_token) means the shop must re-authorise.
/// </summary>
public sealed class ShopeeException(string error, string message, string? requestId, int httpStatus, TimeSpan? retryAfter = null, Exception? inner = null)
    : MarketplaceException(
        Marketplace.Shopee,
        error,
        message,
        requestId,
        httpStatus,
        retryAfter,
        isTransient: httpStatus is 0 or 429 or >= 500 || error.EndsWith("error_server", StringComparison.Ordinal),
        isAuthError: error.EndsWith("error_auth", StringComparison.Ordinal) || error.Contains("invalid_acceess_token", StringComparison.Ordinal),
        inner)
{
    public string ShopeeMessage => VendorMessage;
}
