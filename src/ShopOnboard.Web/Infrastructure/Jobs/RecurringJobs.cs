using Hangfire;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces.Sync;

namespace ShopOnboard.Web.Infrastructure.Jobs;

/// <summary>Every recurring job of the app, in one place, on Vietnamese time.</summary>
public static class RecurringJobs
{
    public static void Register(IRecurringJobManager jobs)
    {
        var vietnam = new RecurringJobOptions { TimeZone = VietnamTime.Zone };

        // 02:15 at night: after the day's last orders, before farmers open their phones.
        jobs.AddOrUpdate<DailyStatsReconciliation>(
            "analytics:reconcile-daily-stats",
            job => job.ReconcileRecentDaysAsync(CancellationToken.None),
            "15 2 * * *",
            vietnam);

        // Photos whose processing job was lost (in-memory queue, restart): the database still knows.
        jobs.AddOrUpdate<ListingPhotoSweeper>(
            "listings:sweep-photos",
            job => job.RunAsync(CancellationToken.None),
            "*/5 * * * *",
            vietnam);

        // Marketplace work the database still holds (listings to publish or update, orders to pull, tokens
        // to refresh): every 5 minutes, well inside the 45-minute token refresh margin.
        jobs.AddOrUpdate<MarketplaceSweeper>(
            "marketplaces:sweep",
            job => job.RunAsync(CancellationToken.None),
            "*/5 * * * *",
            vietnam);
    }
}
