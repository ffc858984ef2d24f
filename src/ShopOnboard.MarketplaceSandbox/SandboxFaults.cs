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

    public void Reset()
    {
        FailureRate = TimeoutRate = RateLimitedRate = 0;
        Latency = TimeSpan.Zero;
        RequestsPerSecond = null;
    }
}
