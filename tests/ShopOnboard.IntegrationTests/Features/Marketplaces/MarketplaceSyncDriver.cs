using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Sync;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>
/// Plays the Hangfire server and the sweeper: runs every due sync job directly and, when only backed-off work
/// is left, moves the shared clock to the earliest retry time.
/// </summary>
public static class MarketplaceSyncDriver
{
    public static async Task<int> RunPendingAsync(this MarketplaceApp app, IReadOnlyCollection<int> listingIds, int maxRounds = 200)
    {
        var runs = 0;
        for (var round = 0; round < maxRounds; round++)
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var pending = await app.WithDbAsync(db => db.ListingSyncStates.AsNoTracking()
                .Where(s => listingIds.Contains(s.ListingId) && s.Status == SyncStatus.Pending)
                .Select(s => new { s.Id, s.NextAttemptAt }).ToListAsync());
            if (pending.Count == 0)
            {
                return runs;
            }

            var due = pending.Where(p => p.NextAttemptAt is null || p.NextAttemptAt <= now).ToList();
            if (due.Count == 0)
            {
                app.Clock.Now = new DateTimeOffset(DateTime.SpecifyKind(pending.Min(p => p.NextAttemptAt!.Value), DateTimeKind.Utc));
                continue;
            }

            foreach (var state in due)
            {
                await app.InScopeAsync(async s =>
                {
                    await s.GetRequiredService<MarketplaceListingSyncJob>().RunAsync(state.Id, CancellationToken.None);
                    return 0;
                });
                runs++;
            }
        }

        throw new InvalidOperationException("Sync did not settle.");
    }

    /// <summary>Pulls a connection's orders, retrying a failed pull as Hangfire would.</summary>
    public static async Task<int> PullOrdersAsync(this MarketplaceApp app, int connectionId, int attempts = 50)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await app.InScopeAsync(s => s.GetRequiredService<MarketplaceOrderPullJob>().RunAsync(connectionId, CancellationToken.None));
            }
            catch (MarketplaceException problem) when (problem.IsTransient && attempt < attempts)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(2));
            }
        }
    }

    public static Task<ListingSyncState> RequestPublishAsync(this MarketplaceApp app, int listingId, Marketplace marketplace = Marketplace.Shopee) =>
        app.InScopeAsync(s => s.GetRequiredService<MarketplaceSync>().RequestPublishAsync(listingId, marketplace, CancellationToken.None));

    public static Task<ListingSyncState> StateAsync(this MarketplaceApp app, int listingId, Marketplace marketplace = Marketplace.Shopee) =>
        app.WithDbAsync(db => db.ListingSyncStates.AsNoTracking().SingleAsync(s => s.ListingId == listingId && s.Marketplace == marketplace));

    public static async Task RunJobAsync(this MarketplaceApp app, int syncStateId) =>
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<MarketplaceListingSyncJob>().RunAsync(syncStateId, CancellationToken.None);
            return 0;
        });

    public static Task<string> SkuAsync(this MarketplaceApp app, int listingId) =>
        app.WithDbAsync((ShopDbContext db) => db.Listings.Where(l => l.Id == listingId).Select(l => l.Sku).SingleAsync());
}
