using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces.Shopee;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Brings one listing's Shopee item up to the listing's <see cref="ListingSyncState.WantedVersion"/>: creates
/// it (photos first) or pushes price and stock. Re-entrant: it reads what to do from the row each time.
/// </summary>
public sealed partial class ShopeeListingSyncJob(
    ShopDbContext db,
    ShopeeClient shopee,
    ShopeeConnections connections,
    IPhotoStore photos,
    IOptions<ShopeeOptions> options,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<ShopeeListingSyncJob> logger)
{
    public const int MaxImages = 9;

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
            .Where(c => c.ShopId == state.Listing.ShopId && c.Marketplace == Marketplace.Shopee && c.Status == ConnectionStatus.Connected)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (connectionId is null)
        {
            await FailAsync(state, MarketplaceText.NotConnected, cancellationToken);
            return;
        }

        var wanted = state.WantedVersion;
        var listing = state.Listing;
        try
        {
            var shop = await connections.ShopAsync(connectionId.Value, cancellationToken);
            if (state.ExternalItemId is null)
            {
                await CreateAsync(state, listing, shop, cancellationToken);
            }
            else
            {
                var itemId = long.Parse(state.ExternalItemId, System.Globalization.CultureInfo.InvariantCulture);
                await shopee.UpdatePriceAsync(shop, itemId, listing.PriceVnd, cancellationToken);
                await shopee.UpdateStockAsync(shop, itemId, listing.Stock, cancellationToken);
            }

            state.SyncedVersion = wanted;
            state.Status = state.WantedVersion > wanted ? SyncStatus.Pending : SyncStatus.Synced;
            state.FailedAttempts = 0;
            state.NextAttemptAt = null;
            state.LastError = null;
            state.LastSyncedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (ShopeeException problem)
        {
            await RecordFailureAsync(state, problem, cancellationToken);
        }
    }

    private async Task CreateAsync(ListingSyncState state, Listing listing, ShopeeShop shop, CancellationToken cancellationToken)
    {
        // Always asked first, not only after a timeout: a create whose answer was lost (timeout, crash before
        // SaveChanges, a Retry press after that) is found by its SKU instead of being created twice.
        if (await shopee.FindItemBySkuAsync(shop, listing.Sku, cancellationToken) is { } existing)
        {
            state.ExternalItemId = existing.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        var hashes = await db.ListingPhotos.Where(p => p.ListingId == listing.Id && p.Status == PhotoStatus.Ready)
            .OrderByDescending(p => p.IsMain).ThenBy(p => p.Position).Select(p => p.ContentHash).Take(MaxImages).ToListAsync(cancellationToken);
        if (hashes.Count == 0)
        {
            throw new ShopeeException("local.no_photo", MarketplaceText.NoPhoto, null, 400);
        }

        var imageIds = new List<string>();
        foreach (var hash in hashes)
        {
            var name = PhotoNames.For(hash, PhotoRenditionKind.Marketplace);
            await using var stream = await photos.OpenReadAsync(name, cancellationToken)
                ?? throw new ShopeeException("local.no_photo", MarketplaceText.NoPhoto, null, 400);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            imageIds.Add(await shopee.UploadImageAsync(buffer.ToArray(), name, cancellationToken));
        }

        var settings = options.Value;
        var item = new ShopeeNewItem(
            listing.Title,
            string.IsNullOrWhiteSpace(listing.Description) ? listing.Title : listing.Description,
            listing.PriceVnd,
            Math.Max(listing.WeightGrams, 1) / 1000.0,
            settings.CategoryIds.TryGetValue(listing.Category, out var category) ? category : settings.DefaultCategoryId,
            settings.LogisticIds,
            imageIds,
            listing.Stock,
            listing.Sku);
        var itemId = await shopee.AddItemAsync(shop, item, cancellationToken);
        state.ExternalItemId = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task RecordFailureAsync(ListingSyncState state, ShopeeException problem, CancellationToken cancellationToken)
    {
        LogFailure(logger, state.Id, problem.Error, problem.ShopeeMessage, problem.RequestId);
        state.FailedAttempts++;
        if (!problem.IsTransient || state.FailedAttempts >= SyncBackoff.MaxAttempts)
        {
            await FailAsync(state, problem.Error == "local.no_photo" ? MarketplaceText.NoPhoto : MarketplaceText.Plain(problem), cancellationToken);
            return;
        }

        var delay = SyncBackoff.Delay(state.FailedAttempts, problem.RetryAfter);
        state.Status = SyncStatus.Pending;
        state.LastError = MarketplaceText.Plain(problem);
        state.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
        await db.SaveChangesAsync(CancellationToken.None);
        jobs.Schedule<ShopeeListingSyncJob>(job => job.RunAsync(state.Id, CancellationToken.None), delay);
    }

    private async Task FailAsync(ListingSyncState state, string message, CancellationToken cancellationToken)
    {
        state.Status = SyncStatus.Failed;
        state.LastError = message;
        state.NextAttemptAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shopee sync of state {StateId} failed: {Error} {Message} (request {RequestId})")]
    private static partial void LogFailure(ILogger logger, int stateId, string error, string message, string? requestId);
}
