using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Brings one listing's item on one marketplace up to the listing's <see cref="ListingSyncState.WantedVersion"/>:
/// creates it (photos first) or pushes price and stock. Re-entrant: it reads what to do from the row each time.
/// </summary>
public sealed partial class MarketplaceListingSyncJob(
    ShopDbContext db,
    IEnumerable<IMarketplaceClient> clients,
    MarketplaceAccounts accounts,
    IPhotoStore photos,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    IOptions<MarketplaceSyncTimings> timings,
    ILogger<MarketplaceListingSyncJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int syncStateId, CancellationToken cancellationToken)
    {
        var state = await db.ListingSyncStates.AsTracking().Include(s => s.Listing).SingleOrDefaultAsync(s => s.Id == syncStateId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (state is null || state.Status == SyncStatus.Failed || state.NextAttemptAt > now
            || (state.ExternalItemId is not null && state.SyncedVersion >= state.WantedVersion))
        {
            // Nothing due: a later edit moved the debounce window, or an earlier run already did the work.
            return;
        }

        var connectionId = await db.MarketplaceConnections
            .Where(c => c.ShopId == state.Listing.ShopId && c.Marketplace == state.Marketplace && c.Status == ConnectionStatus.Connected)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (connectionId is null)
        {
            await FailAsync(state, MarketplaceText.NotConnected, cancellationToken);
            return;
        }

        var client = clients.For(state.Marketplace);
        var wanted = state.WantedVersion;
        var listing = state.Listing;
        try
        {
            var account = await accounts.AccountAsync(connectionId.Value, cancellationToken);
            if (state.ExternalItemId is null)
            {
                await CreateAsync(client, state, listing, account, cancellationToken);
            }
            else
            {
                await client.UpdatePriceAsync(account, state.ExternalItemId, listing.Sku, listing.PriceVnd, cancellationToken);
                await client.UpdateStockAsync(account, state.ExternalItemId, listing.Sku, listing.Stock, cancellationToken);
            }

            state.SyncedVersion = wanted;
            state.Status = state.WantedVersion > wanted ? SyncStatus.Pending : SyncStatus.Synced;
            state.FailedAttempts = 0;
            state.NextAttemptAt = null;
            state.LastError = null;
            state.LastSyncedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (MarketplaceException problem)
        {
            await RecordFailureAsync(state, problem, cancellationToken);
        }
    }

    private async Task CreateAsync(IMarketplaceClient client, ListingSyncState state, Listing listing, MarketplaceAccount account, CancellationToken cancellationToken)
    {
        // Always asked first, not only after a timeout: a create whose answer was lost (timeout, crash before
        // SaveChanges, a Retry press after that) is found by its SKU instead of being created twice.
        if (await client.FindBySkuAsync(account, listing.Sku, cancellationToken) is { } existing)
        {
            state.ExternalItemId = existing;
            return;
        }

        var hashes = await db.ListingPhotos.Where(p => p.ListingId == listing.Id && p.Status == PhotoStatus.Ready)
            .OrderByDescending(p => p.IsMain).ThenBy(p => p.Position).Select(p => p.ContentHash).Take(client.MaxImagesPerItem).ToListAsync(cancellationToken);
        if (hashes.Count == 0)
        {
            throw MarketplaceException.NoPhoto(state.Marketplace);
        }

        var imageIds = new List<string>();
        foreach (var hash in hashes)
        {
            var name = PhotoNames.For(hash, PhotoRenditionKind.Marketplace);
            await using var stream = await photos.OpenReadAsync(name, cancellationToken) ?? throw MarketplaceException.NoPhoto(state.Marketplace);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            imageIds.Add(await client.UploadImageAsync(account, buffer.ToArray(), name, cancellationToken));
        }

        var item = new MarketplaceNewItem(
            listing.Title,
            string.IsNullOrWhiteSpace(listing.Description) ? listing.Title : listing.Description,
            listing.Category,
            listing.PriceVnd,
            listing.WeightGrams,
            listing.Stock,
            listing.Sku,
            imageIds);
        state.ExternalItemId = await client.CreateItemAsync(account, item, cancellationToken);
    }

    private async Task RecordFailureAsync(ListingSyncState state, MarketplaceException problem, CancellationToken cancellationToken)
    {
        LogFailure(logger, state.Marketplace, state.Id, problem.Error, problem.VendorMessage, problem.RequestId);
        state.FailedAttempts++;
        if (!problem.IsTransient || state.FailedAttempts >= SyncBackoff.MaxAttempts)
        {
            await FailAsync(state, MarketplaceText.Plain(problem), cancellationToken);
            return;
        }

        var delay = SyncBackoff.Delay(state.FailedAttempts, problem.RetryAfter, timings.Value.RetryBase);
        state.Status = SyncStatus.Pending;
        state.LastError = MarketplaceText.Plain(problem);
        state.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
        await db.SaveChangesAsync(CancellationToken.None);
        jobs.Schedule<MarketplaceListingSyncJob>(job => job.RunAsync(state.Id, CancellationToken.None), delay);
    }

    private async Task FailAsync(ListingSyncState state, string message, CancellationToken cancellationToken)
    {
        state.Status = SyncStatus.Failed;
        state.LastError = message;
        state.NextAttemptAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Marketplace} sync of state {StateId} failed: {Error} {Message} (request {RequestId})")]
    private static partial void LogFailure(ILogger logger, Marketplace marketplace, int stateId, string error, string message, string? requestId);
}
