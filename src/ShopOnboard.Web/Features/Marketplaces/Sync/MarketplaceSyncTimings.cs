namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Settings under "Marketplaces:Sync". The defaults are production's; infra/load/marketplace-fault.sh shortens
/// both so a fault run finishes in minutes instead of the hour the real backoff ladder can take.
/// </summary>
public sealed class MarketplaceSyncTimings
{
    public const string Section = "Marketplaces:Sync";

    /// <summary>How often the sweeper re-enqueues what the database says is pending (cron, Vietnamese time).</summary>
    public string SweepCron { get; set; } = "*/5 * * * *";

    /// <summary>The first retry's ceiling; each further failure doubles it up to <see cref="SyncBackoff.Cap"/>.</summary>
    public TimeSpan RetryBase { get; set; } = SyncBackoff.Base;
}
