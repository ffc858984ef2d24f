namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// A marketplace's refusal in its own words (code, message, request id), or a transport failure. Each client
/// decides from its vendor's error shape whether the call may be retried and whether the shop must re-authorise,
/// so the sync jobs never need to know whose error it was.
/// </summary>
public class MarketplaceException : Exception
{
    public const string NoPhotoError = "local.no_photo";

    public MarketplaceException(Marketplace marketplace, string error, string message, string? requestId, int httpStatus, TimeSpan? retryAfter, bool isTransient, bool isAuthError, Exception? inner = null)
        : base($"{marketplace} {error}: {message}", inner)
    {
        Marketplace = marketplace;
        Error = error;
        VendorMessage = message;
        RequestId = requestId;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
        IsTransient = isTransient;
        IsAuthError = isAuthError;
    }

    public Marketplace Marketplace { get; }
    public string Error { get; }
    public string VendorMessage { get; }
    public string? RequestId { get; }

    /// <summary>0 for a timeout or a broken connection.</summary>
    public int HttpStatus { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>A timeout: the call may or may not have happened on the marketplace's side.</summary>
    public bool IsTimeout => Error == "timeout";

    public bool IsTransient { get; }

    public bool IsAuthError { get; }

    public static MarketplaceException NoPhoto(Marketplace marketplace) =>
        new(marketplace, NoPhotoError, MarketplaceText.NoPhoto, null, 400, null, isTransient: false, isAuthError: false);

    public static MarketplaceException NotConnected(Marketplace marketplace) =>
        new(marketplace, "local.not_connected", MarketplaceText.NotConnected, null, 401, null, isTransient: false, isAuthError: true);

    public static MarketplaceException Timeout(Marketplace marketplace, Exception inner) =>
        new(marketplace, "timeout", "The marketplace did not answer in time.", null, 0, null, isTransient: true, isAuthError: false, inner);

    public static MarketplaceException Network(Marketplace marketplace, Exception inner) =>
        new(marketplace, "network", inner.Message, null, 0, null, isTransient: true, isAuthError: false, inner);

    /// <summary>Our own rate limiter's queue is full: as good as a 429, without bothering the marketplace.</summary>
    public static MarketplaceException Throttled(Marketplace marketplace) =>
        new(marketplace, "local.throttled", "Too many calls queued for this marketplace.", null, 429, TimeSpan.FromSeconds(1), isTransient: true, isAuthError: false);
}
