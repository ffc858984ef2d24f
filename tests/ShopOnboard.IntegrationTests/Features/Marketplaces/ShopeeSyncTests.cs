using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

[Collection(ShopeeTests.Name)]
public class ShopeeSyncTests(MarketplaceApp app)
{
    [Fact]
    public async Task Publish_CreateTimesOut_LookedUpBySkuAndPublishedOnce()
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 0, take: 1);
        var connection = await app.ConnectShopAsync(shopId);
        var listingId = listings[0];
        var sku = await app.SkuAsync(listingId);
        await app.RequestPublishAsync(listingId);
        var callsBefore = app.Sandbox.Shopee.AddItemCalls;
        app.Sandbox.Shopee.Faults.TimeOutNext["add_item"] = 1;

        await app.RunPendingAsync([listingId]);

        var state = await app.StateAsync(listingId);
        var created = app.Sandbox.Shopee.Items.Values.Where(i => i.Sku == sku && i.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture) == connection.ExternalShopId).ToList();
        Assert.Single(created);
        Assert.Equal(1, app.Sandbox.Shopee.AddItemCalls - callsBefore);
        Assert.Equal(SyncStatus.Synced, state.Status);
        Assert.Equal(created[0].ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), state.ExternalItemId);
    }

    [Fact]
    public async Task Edit_TenQuickEdits_OnePriceAndStockPush()
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 1, take: 1);
        await app.ConnectShopAsync(shopId);
        var listingId = listings[0];
        await app.RequestPublishAsync(listingId);
        await app.RunPendingAsync([listingId]);
        var updatesBefore = app.Sandbox.Shopee.UpdateCalls;

        for (var edit = 1; edit <= 10; edit++)
        {
            await app.InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<ShopDbContext>();
                var listing = await db.Listings.AsTracking().SingleAsync(l => l.Id == listingId);
                var form = ListingForm.From(listing);
                form.PriceVnd = 50_000 + (edit * 1_000);
                await s.GetRequiredService<ListingEditor>().UpdateAsync(listing, form, "/", CancellationToken.None);
                return 0;
            });

            // The job the edit scheduled fires early (a fast server): the debounce window makes it a no-op.
            var stateId = (await app.StateAsync(listingId)).Id;
            await app.InScopeAsync(async s =>
            {
                await s.GetRequiredService<MarketplaceListingSyncJob>().RunAsync(stateId, CancellationToken.None);
                return 0;
            });
            app.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        await app.RunPendingAsync([listingId]);

        var state = await app.StateAsync(listingId);
        var item = app.Sandbox.Shopee.Items[long.Parse(state.ExternalItemId!, System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal(2, app.Sandbox.Shopee.UpdateCalls - updatesBefore);
        Assert.Equal(60_000, item.Price);
        Assert.Equal(SyncStatus.Synced, state.Status);
        Assert.Equal(state.WantedVersion, state.SyncedVersion);
    }

    [Fact]
    public async Task PullOrders_RunTwice_EachOrderImportedOnceWithListing()
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 2, take: 3);
        var connection = await app.ConnectShopAsync(shopId);
        foreach (var id in listings)
        {
            await app.RequestPublishAsync(id);
        }

        await app.RunPendingAsync(listings);
        var sns = app.Sandbox.Shopee.CreateBuyerOrders(long.Parse(connection.ExternalShopId, System.Globalization.CultureInfo.InvariantCulture), 130);
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        var first = await app.PullOrdersAsync(connection.Id);
        var second = await app.PullOrdersAsync(connection.Id);

        var imported = await app.WithDbAsync(db => db.Orders.Where(o => o.Channel == SalesChannel.Shopee && sns.Contains(o.ExternalId))
            .Select(o => new { o.ExternalId, o.Status, Linked = o.Lines.All(l => l.ListingId != null) }).ToListAsync());
        Assert.Equal(130, first);
        Assert.Equal(0, second);
        Assert.Equal(130, imported.Select(o => o.ExternalId).Distinct().Count());
        Assert.All(imported, o => Assert.Equal(OrderStatus.Confirmed, o.Status));
        Assert.All(imported, o => Assert.True(o.Linked));
    }

    [Fact]
    public async Task Sweeper_PendingRowWithLostJob_ReEnqueued()
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 3, take: 1);
        await app.ConnectShopAsync(shopId);
        var state = await app.RequestPublishAsync(listings[0]);
        var storage = app.Services.GetRequiredService<JobStorage>();
        var before = storage.GetMonitoringApi().EnqueuedCount("default");

        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<MarketplaceSweeper>().RunAsync(CancellationToken.None);
            return 0;
        });

        var jobs = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10_000);
        Assert.True(storage.GetMonitoringApi().EnqueuedCount("default") > before);
        Assert.Contains(jobs, j => j.Value.Job.Type == typeof(MarketplaceListingSyncJob) && (int)j.Value.Job.Args[0] == state.Id);
    }

    [Fact]
    public async Task ShopAsync_TokenNearExpiry_RefreshedAndNewPairStored()
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: 5, take: 1);
        var connection = await app.ConnectShopAsync(shopId);
        app.Clock.Advance(TimeSpan.FromHours(3.5));

        await app.AccountAsync(connection.Id);

        var after = await app.WithDbAsync(db => db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connection.Id));
        Assert.NotEqual(connection.EncryptedRefreshToken, after.EncryptedRefreshToken);
        Assert.True(after.AccessTokenExpiresAt > app.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        Assert.Equal(ConnectionStatus.Connected, after.Status);
    }
}
