namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>
/// Shopee's error shape (error, message, request_id), or a transport failure. <see cref="IsTransient"/> tells
/// the sync jobs whether to retry; <see cref="RetryAfter"/> carries a 429's Retry-After.
/// </summary>
public sealed class ShopeeException : Exception
{
    public ShopeeException(string error, string message, string? requestId, int httpStatus, TimeSpan? retryAfter = null, Exception? inner = null)
        : base($"{error}: {message}", inner)
    {
        Error = error;
        ShopeeMessage = message;
        RequestId = requestId;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    public string Error { get; }
    public string ShopeeMessage { get; }
    public string? RequestId { get; }

    /// <summary>0 for a timeout or a broken connection.</summary>
    public int HttpStatus { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>A timeout: the call may or may not have happened on Shopee's side.</summary>
    public bool IsTimeout => Error == "timeout";

    public bool IsTransient => HttpStatus is 0 or 429 or >= 500 || Error.EndsWith("error_server", StringComparison.Ordinal);

    public bool IsAuthError => Error.EndsWith("error_auth", StringComparison.Ordinal) || Error.Contains("invalid_acceess_token", StringComparison.Ordinal);
}
