using Hangfire;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Re-enqueues whatever the database says is due: listings behind their wanted version, order pulls for
/// every connected shop on every marketplace, and token refreshes ahead of expiry. The in-memory job queue may
/// be lost on a restart; this puts the work back.
/// </summary>
public sealed class MarketplaceSweeper(ShopDbContext db, MarketplaceSync sync, MarketplaceAccounts accounts, IBackgroundJobClient jobs, TimeProvider clock)
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
            .Where(c => c.Status == ConnectionStatus.Connected)
            .Select(c => new { c.Id, c.Marketplace, c.AccessTokenExpiresAt }).ToListAsync(cancellationToken);
        foreach (var connection in connected)
        {
            if (accounts.IsDue(connection.Marketplace, connection.AccessTokenExpiresAt))
            {
                jobs.Enqueue<MarketplaceAccounts>(a => a.RefreshAsync(connection.Id, CancellationToken.None));
            }

            jobs.Enqueue<MarketplaceOrderPullJob>(job => job.RunAsync(connection.Id, CancellationToken.None));
        }
    }
}
