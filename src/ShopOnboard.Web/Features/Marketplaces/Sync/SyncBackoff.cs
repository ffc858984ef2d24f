namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>Exponential backoff with full jitter, never sooner than a 429's Retry-After.</summary>
public static class SyncBackoff
{
    /// <summary>After this many failed attempts a listing is marked failed and waits for the Retry button.</summary>
    public const int MaxAttempts = 6;

    public static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    public static TimeSpan Delay(int failedAttempts, TimeSpan? retryAfter) => Delay(failedAttempts, retryAfter, Base);

    public static TimeSpan Delay(int failedAttempts, TimeSpan? retryAfter, TimeSpan baseDelay)
    {
        var ceiling = Math.Min(Cap.TotalSeconds, baseDelay.TotalSeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));
        // Full jitter spreads the retries of 500 listings that failed together over the whole window.
        var delay = TimeSpan.FromSeconds(ceiling / 2 + (Random.Shared.NextDouble() * ceiling / 2));
        return retryAfter is { } floor && floor > delay ? floor : delay;
    }
}
