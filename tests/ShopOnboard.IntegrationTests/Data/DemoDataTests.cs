using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.DemoData;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Data;

[Collection(SharedApp.Name)]
public class DemoDataTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Seed_DemoData_RealisticSliceOfLangSon()
    {
        var villages = await app.WithDbAsync(db => db.Units.CountAsync(u => u.Level == UnitLevel.Village));
        var shops = await app.WithDbAsync(db => db.Shops.CountAsync());
        var teamsWithThree = await app.WithDbAsync(db => db.Teams.CountAsync(t => t.Members.Count == 3 && t.Members.Count(m => m.IsLeader) == 1));
        var firstOrder = await app.WithDbAsync(db => db.Orders.MinAsync(o => o.PlacedAt));

        Assert.InRange(villages, 18, 22);
        Assert.InRange(shops, 170, 240);
        Assert.Equal(villages, teamsWithThree);
        Assert.True(DateTime.UtcNow - firstOrder > TimeSpan.FromDays(600), "orders should span about 24 months");
    }

    [Fact]
    public async Task Seed_CommuneWithoutDistrict_HangsUnderProvince()
    {
        var parentLevel = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "Xã Mẫu Sơn").Select(u => u.Parent!.Level).SingleAsync());

        Assert.Equal(UnitLevel.Province, parentLevel);
    }

    [Fact]
    public async Task Seed_OrdersGrow_LastYearFarAboveFirstYear()
    {
        var now = DateTime.UtcNow;
        var firstYear = await app.WithDbAsync(db => db.Orders.CountAsync(o => o.PlacedAt < now.AddMonths(-12)));
        var lastYear = await app.WithDbAsync(db => db.Orders.CountAsync(o => o.PlacedAt >= now.AddMonths(-12)));

        Assert.True(lastYear > firstYear * 3, $"expected growth, got {firstYear} then {lastYear}");
    }

    [Fact]
    public async Task Seed_DailyStats_EqualRecomputationFromOrders()
    {
        var fromOrders = await app.WithDbAsync(db => db.Orders
            .Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .GroupBy(o => o.ShopId)
            .Select(g => new { g.Key, Orders = g.Count(), Revenue = g.Sum(o => o.TotalVnd) })
            .OrderBy(g => g.Key).ToListAsync());
        var fromStats = await app.WithDbAsync(db => db.ShopDailyStats
            .GroupBy(s => s.ShopId)
            .Select(g => new { g.Key, Orders = g.Sum(s => s.Orders), Revenue = g.Sum(s => s.RevenueVnd) })
            .OrderBy(g => g.Key).ToListAsync());

        Assert.NotEmpty(fromOrders);
        Assert.Equal(fromOrders, fromStats);
    }

    [Fact]
    public async Task Seed_SecondRun_AddsNothing()
    {
        var before = await app.WithDbAsync(db => db.Shops.CountAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.Shops.CountAsync()));
    }
}
