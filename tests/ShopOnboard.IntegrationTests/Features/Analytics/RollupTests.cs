using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.IntegrationTests.Features.Analytics;

/// <summary>
/// The monthly unit roll-ups and the village snapshots against a recomputation from raw rows, also after
/// orders are placed and cancelled through the app's own services, on a factory of its own (it writes).
/// </summary>
public sealed class RollupTests : IClassFixture<ShopOnboardFactory>
{
    private readonly ShopOnboardFactory _app;

    public RollupTests(ShopOnboardFactory app) => _app = app;

    [Fact]
    public async Task UnitMonthlyStats_AfterPlaceAndCancel_EqualRecomputationForEveryUnit()
    {
        var shopId = await _app.WithDbAsync(db => db.Shops.Where(s => s.Status == ShopStatus.Active && db.Listings.Any(l => l.ShopId == s.Id && l.Stock > 5)).Select(s => s.Id).FirstAsync());
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ShopDbContext>();
            var listing = await db.Listings.Where(l => l.ShopId == shopId && l.Stock > 5).Select(l => l.Id).FirstAsync();
            var placement = services.GetRequiredService<OrderPlacement>();
            var kept = await PlaceAsync(placement, shopId, listing);
            var cancelled = await PlaceAsync(placement, shopId, listing);
            var problem = await services.GetRequiredService<OrderWorkflow>().MoveAsync(shopId, cancelled, OrderStatus.Cancelled, CancellationToken.None);
            Assert.Null(problem);
            Assert.NotEqual(kept, cancelled);
        }

        await AssertMonthlyEqualsOrdersAsync();
        Assert.True(await _app.WithDbAsync(db => db.StaleUnits.AnyAsync(s => s.UnitId == db.Shops.Where(x => x.Id == shopId).Select(x => x.VillageId).First())), "an order marks its village for the snapshot refresh");

        // The nightly rebuild gives the very same rows.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var today = VietnamTime.Today(TimeProvider.System);
            await scope.ServiceProvider.GetRequiredService<SalesRollupReconciliation>().RebuildAsync(today.AddMonths(-30), today, CancellationToken.None);
        }

        await AssertMonthlyEqualsOrdersAsync();
    }

    [Fact]
    public async Task Snapshot_NewHousehold_MarksVillageStaleAndRefreshCountsIt()
    {
        var village = await _app.WithDbAsync(db => db.Units.Where(u => db.Households.Any(h => h.VillageId == u.Id)).Select(u => new { u.Id, u.Path }).FirstAsync());
        var before = await FunnelAsync(village.Path);

        await _app.WithDbAsync(async db =>
        {
            db.Households.Add(new Household { VillageId = village.Id, HeadName = "Hoàng Văn Mới", HeadNameSearch = "hoang van moi", CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        Assert.True(await _app.WithDbAsync(db => db.StaleUnits.AnyAsync(s => s.UnitId == village.Id)));
        Assert.Equal(before.Households, (await FunnelAsync(village.Path)).Households); // not yet refreshed

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SnapshotRefresh>().RefreshStaleAsync(CancellationToken.None) >= 1);
        }

        Assert.Equal(before.Households + 1, (await FunnelAsync(village.Path)).Households);
        Assert.False(await _app.WithDbAsync(db => db.StaleUnits.AnyAsync(s => s.UnitId == village.Id)));
    }

    [Fact]
    public async Task Snapshots_AfterRefreshAll_EqualLiveFiguresOfEveryVillage()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await scope.ServiceProvider.GetRequiredService<SnapshotRefresh>().RefreshAllAsync(CancellationToken.None);

        var today = VietnamTime.Today(TimeProvider.System);
        var since = today.AddDays(-OnboardingQuery.DormantAfterDays);
        var stored = await db.UnitSnapshots.AsNoTracking().ToDictionaryAsync(s => s.UnitId);
        var shops = await db.Shops.Where(s => s.Status != ShopStatus.Closed).Select(s => new { s.Id, s.VillageId, s.Status, s.LastOrderDay }).ToListAsync();
        var lastSale = (await db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned).Select(o => new { o.ShopId, o.PlacedAt }).ToListAsync())
            .GroupBy(o => o.ShopId).ToDictionary(g => g.Key, g => g.Max(o => VietnamTime.Day(o.PlacedAt)));

        Assert.NotEmpty(stored);
        foreach (var village in shops.GroupBy(s => s.VillageId))
        {
            var snapshot = stored[village.Key];
            Assert.Equal(village.Count(), snapshot.Shops);
            Assert.Equal(village.Count(s => s.Status == ShopStatus.Active), snapshot.ActiveShops);
            Assert.Equal(village.Count(s => s.Status == ShopStatus.Active && !(lastSale.TryGetValue(s.Id, out var d) && d >= since)), snapshot.DormantShops);
        }

        Assert.All(shops, s => Assert.Equal(lastSale.TryGetValue(s.Id, out var d) ? d : null, s.LastOrderDay));
        Assert.Equal(await db.Households.CountAsync(), stored.Values.Sum(s => s.Households));
        Assert.Equal(await db.Teams.CountAsync(), await db.TeamStats.CountAsync());

        // Shops over time: the province's chart from the opening months equals the shops table.
        var province = await db.Units.Where(u => u.ParentId == null).Select(u => new { u.Id, u.Path }).FirstAsync();
        var growth = await scope.ServiceProvider.GetRequiredService<UnitGrowthQuery>().LoadAsync(province.Id, province.Path, null, CancellationToken.None);
        var created = (await db.Shops.Where(s => s.Status != ShopStatus.Closed && s.Village.Path.StartsWith(province.Path)).Select(s => s.CreatedAt).ToListAsync())
            .Select(Month).ToList();
        Assert.Equal(created.Count, growth.ShopsToday);
        Assert.Equal(created.Count(m => m < growth.Months[0].Month), growth.BaselineShops);
        Assert.All(growth.Months, m => Assert.Equal(created.Count(c => c == m.Month), m.ShopsOpened));
    }

    private async Task<Funnel> FunnelAsync(string path)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OnboardingQuery>().LoadAsync(path, CancellationToken.None)).Funnel;
    }

    private static async Task<int> PlaceAsync(OrderPlacement placement, int shopId, int listingId)
    {
        var result = await placement.PlaceAsync(shopId, SalesChannel.Manual, [new OrderLineRequest(listingId, 2)], new BuyerDetails("Chị Lan", "0912345678", "Thôn Làng Mỏ", null), PaymentMethod.Cash, CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Order!.Id;
    }

    private async Task AssertMonthlyEqualsOrdersAsync()
    {
        var (stored, orders, paths) = await _app.WithDbAsync(async db => (
            await db.UnitMonthlyStats.Select(m => new { m.UnitId, m.Month, m.Channel, m.Orders, m.RevenueVnd, m.Items }).ToListAsync(),
            await db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
                .Select(o => new { o.Shop.Village.Path, o.Channel, o.PlacedAt, o.TotalVnd, Items = o.Lines.Sum(l => l.Quantity) }).ToListAsync(),
            await db.Units.Select(u => new { u.Id, u.Path }).ToListAsync()));

        var expected = orders
            .SelectMany(o => o.Path.Trim('/').Split('/').Select(int.Parse).Select(unit => (unit, o)))
            .GroupBy(x => (x.unit, Month: Month(x.o.PlacedAt), x.o.Channel))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(x => x.o.TotalVnd), g.Sum(x => x.o.Items)));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, stored.Count(s => s.Orders != 0));
        foreach (var s in stored.Where(s => s.Orders != 0))
        {
            Assert.Equal(expected[(s.UnitId, s.Month, s.Channel)], (s.Orders, s.RevenueVnd, s.Items));
        }

        Assert.True(paths.Count > 1);
    }

    private static DateOnly Month(DateTime utc)
    {
        var day = VietnamTime.Day(utc);
        return new DateOnly(day.Year, day.Month, 1);
    }
}
