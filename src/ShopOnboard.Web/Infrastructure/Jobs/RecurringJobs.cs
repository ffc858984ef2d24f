using Hangfire;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces.Sync;

namespace ShopOnboard.Web.Infrastructure.Jobs;

/// <summary>Every recurring job of the app, in one place, on Vietnamese time.</summary>
public static class RecurringJobs
{
    public static void Register(IRecurringJobManager jobs, IConfiguration configuration)
    {
        var vietnam = new RecurringJobOptions { TimeZone = VietnamTime.Zone };

        // 02:15 at night: after the day's last orders, before farmers open their phones.
        jobs.AddOrUpdate<SalesRollupReconciliation>(
            "analytics:reconcile-daily-stats",
            job => job.ReconcileRecentDaysAsync(CancellationToken.None),
            "15 2 * * *",
            vietnam);

        // 02:45: every village's onboarding figures, since "dormant" moves on by a day without any change.
        jobs.AddOrUpdate<SnapshotRefresh>(
            "analytics:refresh-all-snapshots",
            job => job.RefreshAllAsync(CancellationToken.None),
            "45 2 * * *",
            vietnam);

        // Villages changed since the last run (the database marks them), so dashboards lag a minute at most.
        jobs.AddOrUpdate<SnapshotRefresh>(
            "analytics:refresh-stale-snapshots",
            job => job.RefreshStaleAsync(CancellationToken.None),
            "* * * * *",
            vietnam);

        // Photos whose processing job was lost (in-memory queue, restart): the database still knows.
        jobs.AddOrUpdate<ListingPhotoSweeper>(
            "listings:sweep-photos",
            job => job.RunAsync(CancellationToken.None),
            "*/5 * * * *",
            vietnam);

        // Marketplace work the database still holds (listings to publish or update, orders to pull, tokens
        // to refresh): every 5 minutes, well inside the 45-minute token refresh margin. A fault run sets
        // Marketplaces:Sync:SweepCron to every minute.
        var timings = configuration.GetSection(MarketplaceSyncTimings.Section).Get<MarketplaceSyncTimings>() ?? new MarketplaceSyncTimings();
        jobs.AddOrUpdate<MarketplaceSweeper>(
            "marketplaces:sweep",
            job => job.RunAsync(CancellationToken.None),
            timings.SweepCron,
            vietnam);
    }
}
