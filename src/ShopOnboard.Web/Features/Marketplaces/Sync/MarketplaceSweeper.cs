using Hangfire;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Marketplaces.Shopee;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Re-enqueues whatever the database says is due: listings behind their wanted version, order pulls for
/// every connected shop, and token refreshes ahead of expiry. The in-memory job queue may be lost on a
/// restart; this puts the work back.
/// </summary>
public sealed class MarketplaceSweeper(ShopDbContext db, MarketplaceSync sync, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ListingSyncStates.AsNoTracking()
            .Where(s => s.Status == SyncStatus.Pending && (s.NextAttemptAt == null || s.NextAttemptAt <= now))
            .Where(s => s.ExternalItemId == null || s.WantedVersion > s.SyncedVersion)
            .OrderBy(s => s.Id).Take(1000).ToListAsync(cancellationToken);
        foreach (var state in due)
        {
            sync.Enqueue(state, TimeSpan.Zero);
        }

        var connected = await db.MarketplaceConnections.AsNoTracking()
            .Where(c => c.Marketplace == Marketplace.Shopee && c.Status == ConnectionStatus.Connected)
            .Select(c => new { c.Id, c.AccessTokenExpiresAt }).ToListAsync(cancellationToken);
        foreach (var connection in connected)
        {
            if (connection.AccessTokenExpiresAt is { } expires && expires - now < ShopeeConnections.RefreshAhead)
            {
                jobs.Enqueue<ShopeeConnections>(c => c.RefreshAsync(connection.Id, CancellationToken.None));
            }

            jobs.Enqueue<ShopeeOrderPullJob>(job => job.RunAsync(connection.Id, CancellationToken.None));
        }
    }
}
