using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The sync jobs' promises, checked against Lazada's and TikTok Shop's simulators (Shopee's are in ShopeeSyncTests).</summary>
[Collection(ShopeeTests.Name)]
public class MarketplaceSyncTests(MarketplaceApp app)
{
    public static TheoryData<Marketplace> Others => [Marketplace.Lazada, Marketplace.TikTokShop];

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Publish_CreateTimesOut_LookedUpBySkuAndPublishedOnce(Marketplace marketplace)
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 10, take: 1);
        var connection = await app.ConnectShopAsync(shopId, marketplace);
        var listingId = listings[0];
        var sku = await app.SkuAsync(listingId);
        await app.RequestPublishAsync(listingId, marketplace);
        var callsBefore = app.Sandbox.CreateCalls(marketplace);
        app.Sandbox.Faults(marketplace).TimeOutNext[SandboxProbe.CreateCallName(marketplace)] = 1;

        await app.RunPendingAsync([listingId]);

        var state = await app.StateAsync(listingId, marketplace);
        var created = app.Sandbox.Items(marketplace).Where(i => i.Sku == sku && i.ShopId == connection.ExternalShopId).ToList();
        Assert.Single(created);
        Assert.Equal(1, app.Sandbox.CreateCalls(marketplace) - callsBefore);
        Assert.Equal(SyncStatus.Synced, state.Status);
        Assert.Equal(created[0].ItemId, state.ExternalItemId);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Edit_TenQuickEdits_OnePriceAndStockPush(Marketplace marketplace)
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 11, take: 1);
        await app.ConnectShopAsync(shopId, marketplace);
        var listingId = listings[0];
        await app.RequestPublishAsync(listingId, marketplace);
        await app.RunPendingAsync([listingId]);
        var updatesBefore = app.Sandbox.UpdateCalls(marketplace);

        for (var edit = 1; edit <= 10; edit++)
        {
            await app.InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<ShopDbContext>();
                var listing = await db.Listings.AsTracking().SingleAsync(l => l.Id == listingId);
                var form = ListingForm.From(listing);
                form.PriceVnd = 70_000 + (edit * 1_000);
                await s.GetRequiredService<ListingEditor>().UpdateAsync(listing, form, "/", CancellationToken.None);
                return 0;
            });

            // The job the edit scheduled fires early: the debounce window makes it a no-op.
            await app.RunJobAsync((await app.StateAsync(listingId, marketplace)).Id);
            app.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        await app.RunPendingAsync([listingId]);

        var state = await app.StateAsync(listingId, marketplace);
        var item = app.Sandbox.Items(marketplace).Single(i => i.ItemId == state.ExternalItemId);
        Assert.Equal(2, app.Sandbox.UpdateCalls(marketplace) - updatesBefore);
        Assert.Equal(80_000, item.Price);
        Assert.Equal(SyncStatus.Synced, state.Status);
        Assert.Equal(state.WantedVersion, state.SyncedVersion);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task PullOrders_RunTwice_EachOrderImportedOnceWithListing(Marketplace marketplace)
    {
        var (shopId, listings) = await app.ShopWithListingsAsync(skip: 12, take: 3);
        var connection = await app.ConnectShopAsync(shopId, marketplace);
        foreach (var id in listings)
        {
            await app.RequestPublishAsync(id, marketplace);
        }

        await app.RunPendingAsync(listings);
        var ids = app.Sandbox.CreateBuyerOrders(marketplace, connection.ExternalShopId, 130);
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        var first = await app.PullOrdersAsync(connection.Id);
        var second = await app.PullOrdersAsync(connection.Id);

        var channel = MarketplaceOrderPullJob.ChannelOf(marketplace);
        var imported = await app.WithDbAsync(db => db.Orders.Where(o => o.Channel == channel && ids.Contains(o.ExternalId))
            .Select(o => new { o.ExternalId, o.Status, o.TotalVnd, Linked = o.Lines.All(l => l.ListingId != null) }).ToListAsync());
        Assert.Equal(130, first);
        Assert.Equal(0, second);
        Assert.Equal(130, imported.Select(o => o.ExternalId).Distinct().Count());
        Assert.All(imported, o => Assert.Equal(OrderStatus.Confirmed, o.Status));
        Assert.All(imported, o => Assert.True(o.Linked));
        Assert.All(imported, o => Assert.True(o.TotalVnd > 0));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task AccountAsync_TokenNearExpiry_RefreshedAndNewPairStored(Marketplace marketplace)
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: 15, take: 1);
        var connection = await app.ConnectShopAsync(shopId, marketplace);
        var life = connection.AccessTokenExpiresAt!.Value - app.Clock.GetUtcNow().UtcDateTime;
        app.Clock.Advance(life - TimeSpan.FromHours(12));

        var account = await app.AccountAsync(connection.Id);
        var refreshed = await app.AccountAsync(connection.Id);

        var after = await app.WithDbAsync(db => db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connection.Id));
        Assert.NotEqual(connection.EncryptedRefreshToken, after.EncryptedRefreshToken);
        Assert.True(after.AccessTokenExpiresAt > app.Clock.GetUtcNow().UtcDateTime + life - TimeSpan.FromHours(1));
        Assert.Equal(ConnectionStatus.Connected, after.Status);
        Assert.Equal(account.AccessToken, refreshed.AccessToken);
        Assert.DoesNotContain(account.AccessToken, after.EncryptedAccessToken!, StringComparison.Ordinal);
    }
}
