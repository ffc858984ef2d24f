using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// One sliding-window limiter per marketplace and app key, shared by every job of this process, so a burst
/// (500 listings published after a fault run) queues here instead of earning 429s. A permit is returned only
/// 1.1–1.2 s after it was taken (window of 12 × 100 ms segments for a 1 s limit): the margin absorbs network
/// jitter, so the marketplace's own one-second window never sees more than the documented QPS.
/// </summary>
public sealed class MarketplaceRateLimits : IDisposable
{
    private static readonly TimeSpan Segment = TimeSpan.FromMilliseconds(100);
    private const int Segments = 12;

    private readonly ConcurrentDictionary<(Marketplace, string), SlidingWindowRateLimiter> _limiters = new();

    public async ValueTask<RateLimitLease> AcquireAsync(Marketplace marketplace, string appKey, int requestsPerSecond, CancellationToken cancellationToken)
    {
        var limiter = _limiters.GetOrAdd((marketplace, appKey), _ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, requestsPerSecond),
            Window = Segment * Segments,
            SegmentsPerWindow = Segments,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = 10_000,
            AutoReplenishment = true,
        }));
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw MarketplaceException.Throttled(marketplace);
        }

        return lease;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
