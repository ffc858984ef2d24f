using System.Collections.Concurrent;

namespace ShopOnboard.MarketplaceSandbox;

/// <summary>
/// What the sandbox does wrong on purpose. A failure answers 500 before doing anything; a timeout does the
/// work and then answers too late, the case that makes a client create twice if it simply retries.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly Queue<DateTime> _recent = new();

    public SandboxFaults(int seed = 7) => _random = new Random(seed);

    public double FailureRate { get; set; }
    public double TimeoutRate { get; set; }
    public double RateLimitedRate { get; set; }
    public TimeSpan Latency { get; set; }
    public TimeSpan TimeoutDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls allowed per second across the partner; null for no limit.</summary>
    public int? RequestsPerSecond { get; set; }

    /// <summary>Calls (e.g. "add_item") whose next occurrence does its work and then answers too late.</summary>
    public ConcurrentDictionary<string, int> TimeOutNext { get; } = new();

    public bool TakeTimeOut(string call) => TimeOutNext.TryRemove(call, out _);

    public bool Roll(double rate)
    {
        lock (_gate)
        {
            return rate > 0 && _random.NextDouble() < rate;
        }
    }

    public bool OverRateLimit(DateTime now)
    {
        if (RequestsPerSecond is not { } limit)
        {
            return false;
        }

        lock (_gate)
        {
            while (_recent.Count > 0 && now - _recent.Peek() > TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= limit)
            {
                return true;
            }

            _recent.Enqueue(now);
            return false;
        }
    }

    /// <summary>
    /// Runs a handler behind the fault switches: 429 (too fast for <see cref="RequestsPerSecond"/>, or rolled),
    /// 500 before the work, latency, and a late answer after it. The QPS check uses the wall clock, not the
    /// sandbox's clock, because a burst is about real time and tests freeze the shared clock.
    /// </summary>
    public async Task<IResult> RunAsync(Func<Task<IResult>> handler, Func<IResult> tooManyRequests, Func<IResult> serverError)
    {
        if (OverRateLimit(DateTime.UtcNow) || Roll(RateLimitedRate))
        {
            return new RetryAfterResult(tooManyRequests());
        }

        if (Roll(FailureRate))
        {
            return serverError();
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        var result = await handler();
        if (Roll(TimeoutRate))
        {
            await Task.Delay(TimeoutDelay);
        }

        return result;
    }

    public void Reset()
    {
        FailureRate = TimeoutRate = RateLimitedRate = 0;
        Latency = TimeSpan.Zero;
        RequestsPerSecond = null;
    }
}

/// <summary>A 429 with Retry-After: 1, as the marketplaces send when throttling.</summary>
public sealed class RetryAfterResult(IResult inner) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "1";
        return inner.ExecuteAsync(httpContext);
    }
}
