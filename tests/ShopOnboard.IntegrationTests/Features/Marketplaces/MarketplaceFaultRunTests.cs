using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Sync;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>
/// A small fault run on every marketplace at once: each simulator fails 30% of calls with 500 and answers 5% too
/// late (after doing the work); 50 listings published on each marketplace and 500 orders per marketplace still
/// end with every listing published exactly once per marketplace and every order imported once.
/// </summary>
[Collection(ShopeeTests.Name)]
public class MarketplaceFaultRunTests(MarketplaceApp app)
{
    [Fact]
    public async Task FaultRun_ThirtyPercentFailuresFivePercentTimeouts_EveryListingOnceEveryOrderOnce()
    {
        var marketplaces = MarketplaceStatusQuery.Supported;
        var listings = new List<int>();
        var connections = new List<MarketplaceConnection>();
        while (listings.Count < 50)
        {
            var (shopId, ids) = await app.ShopWithListingsAsync(skip: 0, take: 50 - listings.Count);
            foreach (var marketplace in marketplaces)
            {
                connections.Add(await app.ConnectShopAsync(shopId, marketplace));
            }

            listings.AddRange(ids);
        }

        foreach (var id in listings)
        {
            foreach (var marketplace in marketplaces)
            {
                await app.RequestPublishAsync(id, marketplace);
            }
        }

        foreach (var marketplace in marketplaces)
        {
            app.Sandbox.Faults(marketplace).FailureRate = 0.30;
            app.Sandbox.Faults(marketplace).TimeoutRate = 0.05;
        }

        try
        {
            // A listing that exhausted its retries is failed with a message; the team member's Retry button
            // (RequestPublishAsync) puts it back, as many times as it takes.
            for (var press = 0; press < 20; press++)
            {
                await app.RunPendingAsync(listings, maxRounds: 4000);
                var failed = await app.WithDbAsync(db => db.ListingSyncStates.Where(s => listings.Contains(s.ListingId) && s.Status == SyncStatus.Failed).Select(s => new { s.ListingId, s.Marketplace, s.LastError }).ToListAsync());
                Assert.All(failed, f => Assert.False(string.IsNullOrEmpty(f.LastError)));
                if (failed.Count == 0)
                {
                    break;
                }

                foreach (var f in failed)
                {
                    await app.RequestPublishAsync(f.ListingId, f.Marketplace);
                }
            }

            foreach (var marketplace in marketplaces)
            {
                await AssertOrdersImportedOnceAsync(marketplace, connections.Where(c => c.Marketplace == marketplace).ToList());
            }

            var states = await app.WithDbAsync(db => db.ListingSyncStates.AsNoTracking().Where(s => listings.Contains(s.ListingId)).Select(s => new { s.Marketplace, s.Status, s.ExternalItemId }).ToListAsync());
            Assert.Equal(50 * marketplaces.Count, states.Count);
            Assert.All(states, s => Assert.Equal(SyncStatus.Synced, s.Status));
            foreach (var marketplace in marketplaces)
            {
                var shopIds = connections.Where(c => c.Marketplace == marketplace).Select(c => c.ExternalShopId).ToHashSet();
                var items = app.Sandbox.Items(marketplace).Where(i => shopIds.Contains(i.ShopId)).ToList();
                Assert.Equal(50, items.Count);
                Assert.Equal(50, items.Select(i => (i.ShopId, i.Sku)).Distinct().Count());
                Assert.Equal(items.Select(i => i.ItemId).Order(), states.Where(s => s.Marketplace == marketplace).Select(s => s.ExternalItemId!).Order());
            }
        }
        finally
        {
            foreach (var marketplace in marketplaces)
            {
                app.Sandbox.Faults(marketplace).Reset();
            }
        }
    }

    private async Task AssertOrdersImportedOnceAsync(Marketplace marketplace, List<MarketplaceConnection> connections)
    {
        var ids = new List<string>();
        for (var i = 0; i < connections.Count; i++)
        {
            ids.AddRange(app.Sandbox.CreateBuyerOrders(marketplace, connections[i].ExternalShopId, (500 / connections.Count) + (i < 500 % connections.Count ? 1 : 0)));
        }

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var firstPull = 0;
        var secondPull = 0;
        foreach (var connection in connections)
        {
            firstPull += await app.PullOrdersAsync(connection.Id);
        }

        foreach (var connection in connections)
        {
            secondPull += await app.PullOrdersAsync(connection.Id);
        }

        var channel = MarketplaceOrderPullJob.ChannelOf(marketplace);
        var imported = await app.WithDbAsync(db => db.Orders.Where(o => o.Channel == channel && ids.Contains(o.ExternalId)).Select(o => o.ExternalId).ToListAsync());
        Assert.Equal(500, ids.Count);
        Assert.Equal(0, secondPull);
        Assert.Equal(500, imported.Count);
        Assert.Equal(500, imported.Distinct().Count());
        Assert.True(firstPull <= 500, $"{marketplace}: {firstPull} imports for 500 orders");
    }
}
