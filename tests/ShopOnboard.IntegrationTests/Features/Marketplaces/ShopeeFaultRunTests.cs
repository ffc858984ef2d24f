using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>
/// A small fault run: the sandbox fails 30% of calls with 500 and answers 5% too late (after doing the work);
/// 50 listings and 500 orders still end with every listing published exactly once and every order imported once.
/// </summary>
[Collection(ShopeeTests.Name)]
public class ShopeeFaultRunTests(ShopeeApp app)
{
    [Fact]
    public async Task FaultRun_ThirtyPercentFailuresFivePercentTimeouts_EveryListingOnceEveryOrderOnce()
    {
        var listings = new List<int>();
        var connections = new List<MarketplaceConnection>();
        while (listings.Count < 50)
        {
            var (shopId, ids) = await app.ShopWithListingsAsync(skip: 0, take: 50 - listings.Count);
            connections.Add(await app.ConnectShopAsync(shopId));
            listings.AddRange(ids);
        }

        foreach (var id in listings)
        {
            await app.RequestPublishAsync(id);
        }

        var faults = app.Sandbox.Shopee.Faults;
        faults.FailureRate = 0.30;
        faults.TimeoutRate = 0.05;
        try
        {
            // A listing that exhausted its retries is failed with a message; the team member's Retry button
            // (RequestPublishAsync) puts it back, as many times as it takes.
            for (var press = 0; press < 20; press++)
            {
                await app.RunPendingAsync(listings, maxRounds: 2000);
                var failed = await app.WithDbAsync(db => db.ListingSyncStates.Where(s => listings.Contains(s.ListingId) && s.Status == SyncStatus.Failed).Select(s => new { s.ListingId, s.LastError }).ToListAsync());
                Assert.All(failed, f => Assert.False(string.IsNullOrEmpty(f.LastError)));
                if (failed.Count == 0)
                {
                    break;
                }

                foreach (var f in failed)
                {
                    await app.RequestPublishAsync(f.ListingId);
                }
            }

            var shopIds = connections.Select(c => long.Parse(c.ExternalShopId, CultureInfo.InvariantCulture)).ToList();
            var sns = new List<string>();
            for (var i = 0; i < shopIds.Count; i++)
            {
                sns.AddRange(app.Sandbox.Shopee.CreateBuyerOrders(shopIds[i], (500 / shopIds.Count) + (i < 500 % shopIds.Count ? 1 : 0)));
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

            var states = await app.WithDbAsync(db => db.ListingSyncStates.AsNoTracking().Where(s => listings.Contains(s.ListingId)).Select(s => new { s.Status, s.ExternalItemId, s.Listing.Sku, s.Listing.ShopId }).ToListAsync());
            var items = app.Sandbox.Shopee.Items.Values.Where(i => shopIds.Contains(i.ShopId)).ToList();
            var imported = await app.WithDbAsync(db => db.Orders.Where(o => o.Channel == SalesChannel.Shopee && sns.Contains(o.ExternalId)).Select(o => o.ExternalId).ToListAsync());
            Assert.Equal(50, states.Count);
            Assert.All(states, s => Assert.Equal(SyncStatus.Synced, s.Status));
            Assert.Equal(50, items.Count);
            Assert.Equal(50, items.Select(i => (i.ShopId, i.Sku)).Distinct().Count());
            Assert.Equal(items.Select(i => i.ItemId.ToString(CultureInfo.InvariantCulture)).Order(), states.Select(s => s.ExternalItemId!).Order());
            Assert.Equal(500, sns.Count);
            Assert.Equal(500, firstPull);
            Assert.Equal(0, secondPull);
            Assert.Equal(500, imported.Count);
            Assert.Equal(500, imported.Distinct().Count());
        }
        finally
        {
            faults.Reset();
        }
    }
}
