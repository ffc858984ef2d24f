using Hangfire;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Records marketplace work in the database (the row is the promise) and then asks Hangfire to do it soon.
/// Edits are debounced: each edit bumps the wanted version and pushes the earliest run out by
/// <see cref="Debounce"/>, so ten quick edits end in one call per marketplace.
/// </summary>
public sealed class MarketplaceSync(ShopDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(30);

    /// <summary>Asks for a listing to be published (or re-tried after a failure) on one marketplace.</summary>
    public async Task<ListingSyncState> RequestPublishAsync(int listingId, Marketplace marketplace, CancellationToken cancellationToken)
    {
        var state = await db.ListingSyncStates.AsTracking().FirstOrDefaultAsync(s => s.ListingId == listingId && s.Marketplace == marketplace, cancellationToken);
        if (state is null)
        {
            state = new ListingSyncState { ListingId = listingId, Marketplace = marketplace, WantedVersion = 1 };
            db.ListingSyncStates.Add(state);
        }
        else if (state.Status == SyncStatus.Failed)
        {
            state.WantedVersion = Math.Max(state.WantedVersion, state.SyncedVersion + 1);
        }

        state.Status = SyncStatus.Pending;
        state.FailedAttempts = 0;
        state.NextAttemptAt = null;
        state.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(state, TimeSpan.Zero);
        return state;
    }

    /// <summary>
    /// Called by the listing editor before it saves, so the bump lands in the same SaveChanges as the edit.
    /// Returns the rows to schedule once the save succeeded.
    /// </summary>
    public async Task<IReadOnlyList<ListingSyncState>> MarkChangedAsync(int listingId, CancellationToken cancellationToken)
    {
        var states = await db.ListingSyncStates.AsTracking().Where(s => s.ListingId == listingId && s.Status != SyncStatus.Failed).ToListAsync(cancellationToken);
        var due = clock.GetUtcNow().UtcDateTime + Debounce;
        foreach (var state in states)
        {
            state.WantedVersion++;
            state.Status = SyncStatus.Pending;
            state.NextAttemptAt = due;
        }

        return states;
    }

    public void ScheduleDebounced(IEnumerable<ListingSyncState> states)
    {
        foreach (var state in states)
        {
            Enqueue(state, Debounce);
        }
    }

    public void Enqueue(ListingSyncState state, TimeSpan delay)
    {
        var id = state.Id;
        if (delay <= TimeSpan.Zero)
        {
            jobs.Enqueue<MarketplaceListingSyncJob>(job => job.RunAsync(id, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<MarketplaceListingSyncJob>(job => job.RunAsync(id, CancellationToken.None), delay);
        }
    }
}
