using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.IntegrationTests.Features.Analytics;

/// <summary>The dashboard's figures against a recomputation from raw rows, in memory, on the demo data.</summary>
[Collection(SharedApp.Name)]
public class DashboardFiguresTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task ShopDailyStats_DemoData_EqualRecomputationFromOrders()
    {
        var (stats, orders) = await app.WithDbAsync(async db => (
            await db.ShopDailyStats.Select(d => new { d.ShopId, d.Day, d.Orders, d.RevenueVnd, d.Items }).ToListAsync(),
            await db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
                .Select(o => new { o.ShopId, o.PlacedAt, o.TotalVnd, Items = o.Lines.Sum(l => l.Quantity) }).ToListAsync()));

        var expected = orders.GroupBy(o => (o.ShopId, Day: VietnamTime.Day(o.PlacedAt)))
            .ToDictionary(g => g.Key, g => (Orders: g.Count(), Revenue: g.Sum(o => o.TotalVnd), Items: g.Sum(o => o.Items)));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, stats.Count(s => s.Orders > 0));
        foreach (var s in stats.Where(s => s.Orders > 0))
        {
            Assert.Equal(expected[(s.ShopId, s.Day)], (s.Orders, s.RevenueVnd, s.Items));
        }
    }

    [Fact]
    public async Task UnitGrowth_Province_RevenueEqualsRawOrders()
    {
        var province = await app.ProvinceAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var path = await db.Units.Where(u => u.Id == province).Select(u => u.Path).SingleAsync();
        var growth = await scope.ServiceProvider.GetRequiredService<UnitGrowthQuery>().LoadAsync(province, path, null, CancellationToken.None);

        var fromUtc = VietnamTime.StartOfDayUtc(growth.Months[0].Month);
        var raw = await db.Orders.Where(o => o.PlacedAt >= fromUtc && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .Select(o => new { o.PlacedAt, o.TotalVnd }).ToListAsync();

        Assert.True(growth.RevenueVnd > 0);
        Assert.Equal(raw.Sum(o => o.TotalVnd), growth.RevenueVnd);
        Assert.Equal(raw.Count, growth.Orders);
        var busiest = raw.GroupBy(o => { var d = VietnamTime.Day(o.PlacedAt); return new DateOnly(d.Year, d.Month, 1); }).MaxBy(g => g.Count())!;
        Assert.Equal(busiest.Sum(o => o.TotalVnd), growth.Months.Single(m => m.Month == busiest.Key).RevenueVnd);
        Assert.Equal(growth.RevenueVnd, growth.Channels.Sum(c => c.RevenueVnd));
        Assert.Equal(growth.Orders, growth.Channels.Sum(c => c.Orders));
    }

    [Fact]
    public async Task Funnel_Province_EqualsRecomputation()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await scope.ServiceProvider.GetRequiredService<SnapshotRefresh>().RefreshStaleAsync(CancellationToken.None);
        var funnel = (await scope.ServiceProvider.GetRequiredService<OnboardingQuery>().LoadAsync("/", CancellationToken.None)).Funnel;

        var shops = await db.Shops.Where(s => s.Status != ShopStatus.Closed).Select(s => new { s.Id, s.HouseholdId }).ToListAsync();
        var withAccount = (await db.PaymentAccounts.Select(a => a.ShopId).ToListAsync()).ToHashSet();
        var withListing = (await db.Listings.Select(l => l.ShopId).ToListAsync()).ToHashSet();
        var orderDays = await db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .Select(o => new { o.ShopId, o.PlacedAt }).ToListAsync();
        var daysPerShop = orderDays.GroupBy(o => o.ShopId).ToDictionary(g => g.Key, g => g.Select(o => VietnamTime.Day(o.PlacedAt)).Distinct().Count());
        int Households(Func<int, bool> keep) => shops.Where(s => keep(s.Id)).Select(s => s.HouseholdId).Distinct().Count();

        Assert.Equal(await db.Households.CountAsync(), funnel.Households);
        Assert.Equal(await db.Visits.Select(v => v.HouseholdId).Distinct().CountAsync(), funnel.Visited);
        Assert.Equal(Households(_ => true), funnel.ShopCreated);
        Assert.Equal(Households(withAccount.Contains), funnel.PaymentAccount);
        Assert.Equal(Households(withListing.Contains), funnel.FirstListing);
        Assert.Equal(Households(id => daysPerShop.ContainsKey(id)), funnel.FirstOrder);
        Assert.Equal(Households(id => daysPerShop.GetValueOrDefault(id) >= 2), funnel.RepeatSeller);
        Assert.True(funnel.RepeatSeller > 0);
    }

    [Theory]
    [InlineData(-90, 0)]
    [InlineData(-400, -300)]
    public async Task ActiveAccounts_Period_FollowDefinition(int fromDays, int toDays)
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var (from, to) = (today.AddDays(fromDays), today.AddDays(toDays));
        var metrics = await MetricsAsync(from, to);
        var expected = await app.WithDbAsync(db => ActiveByDefinitionAsync(db, from, to));

        Assert.Equal(expected.Accounts, metrics.Total.HouseholdsWithAccounts);
        Assert.Equal(expected.Active, metrics.Total.ActiveAccounts);
        Assert.Equal(metrics.Total.ActiveAccounts, metrics.Children.Sum(c => c.ActiveAccounts));
    }

    [Fact]
    public async Task ActiveAccounts_FuturePeriod_OnlyShopsShowingProducts()
    {
        // No visit or order can fall in a future period, so only "shows products" can make an account active.
        var from = new DateOnly(2099, 1, 1);
        var metrics = await MetricsAsync(from, from.AddMonths(1));
        var showing = await app.WithDbAsync(db => db.Shops.CountAsync(s => s.Status != ShopStatus.Closed
            && db.Listings.Any(l => l.ShopId == s.Id && l.Status == ListingStatus.Active)));
        var withoutProducts = await app.WithDbAsync(db => db.Shops.CountAsync(s => s.Status != ShopStatus.Closed
            && !db.Listings.Any(l => l.ShopId == s.Id && l.Status == ListingStatus.Active)));

        Assert.Equal(showing, metrics.Total.ActiveAccounts);
        Assert.Equal(0, metrics.Total.Transactions);
        Assert.Equal(metrics.Total.ActiveAccounts + withoutProducts, await app.WithDbAsync(db => db.Shops.CountAsync(s => s.Status != ShopStatus.Closed)));
    }

    private async Task<MinistryMetrics> MetricsAsync(DateOnly from, DateOnly to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<MinistryMetricsQuery>();
        return (await query.LoadAsync(await app.ProvinceAsync(), from, to, CancellationToken.None))!;
    }

    /// <summary>The definition written out in memory over raw orders, listings and visits.</summary>
    private static async Task<(int Accounts, int Active)> ActiveByDefinitionAsync(ShopDbContext db, DateOnly from, DateOnly to)
    {
        var endUtc = VietnamTime.StartOfDayUtc(to.AddDays(1));
        var shops = await db.Shops.Where(s => s.Status != ShopStatus.Closed).Select(s => new { s.Id, s.HouseholdId, s.CreatedAt }).ToListAsync();
        shops = shops.Where(s => s.CreatedAt < endUtc).ToList();
        var showing = (await db.Listings.Where(l => l.Status == ListingStatus.Active).Select(l => new { l.ShopId, l.CreatedAt }).ToListAsync())
            .Where(l => l.CreatedAt < endUtc).Select(l => l.ShopId).ToHashSet();
        var visited = (await db.Visits.Select(v => new { v.HouseholdId, v.VisitedOn }).ToListAsync())
            .Where(v => v.VisitedOn >= from && v.VisitedOn <= to).Select(v => v.HouseholdId).ToHashSet();
        var sold = (await db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned).Select(o => new { o.ShopId, o.PlacedAt }).ToListAsync())
            .Where(o => VietnamTime.Day(o.PlacedAt) >= from && VietnamTime.Day(o.PlacedAt) <= to).Select(o => o.ShopId).ToHashSet();
        return (shops.Select(s => s.HouseholdId).Distinct().Count(), shops.Count(s => showing.Contains(s.Id) || visited.Contains(s.HouseholdId) || sold.Contains(s.Id)));
    }
}
