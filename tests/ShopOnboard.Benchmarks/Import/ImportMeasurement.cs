using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Benchmarks.Import;

/// <summary>
/// Orders imported per second by the real <see cref="MarketplaceOrderPullJob"/> into a migrated SQLite file
/// (WAL, as the app runs it), from a <see cref="PrebuiltOrdersClient"/>: what is timed is the job's import
/// (paging, known-order and listing lookups, inserts, roll-ups, stale-village marks), not the network.
/// A fresh DbContext per job run, as Hangfire's scope gives one. Then a full re-pull, which must import
/// nothing, and a check that the roll-ups equal the orders.
/// </summary>
internal static class ImportMeasurement
{
    public const int Shops = 10;
    public const int ListingsPerShop = 20;

    public static async Task RunAsync(string path, int orders)
    {
        var clock = TimeProvider.System;
        var tokens = new MarketplaceTokens(new EphemeralDataProtectionProvider());
        var options = await ImportDatabase.CreateAsync(path, Shops, ListingsPerShop, tokens, clock);
        var byShop = BuildOrders(orders, clock.GetUtcNow().UtcDateTime);
        var client = new PrebuiltOrdersClient(byShop);
        var connections = await WithDbAsync(options, db => db.MarketplaceConnections.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        var firstPull = await PullAllAsync(options, client, tokens, clock, connections);
        Report("first pull (all new)", firstPull.Imported, orders, firstPull.Elapsed);

        await WithDbAsync(options, db => db.MarketplaceConnections.ExecuteUpdateAsync(c => c.SetProperty(x => x.OrdersPulledUntil, (DateTime?)null)));
        var rePull = await PullAllAsync(options, client, tokens, clock, connections);
        Report("full re-pull (all known)", rePull.Imported, orders, rePull.Elapsed);

        var all = byShop.Values.SelectMany(o => o).ToList();
        var counted = all.Where(o => OrderRules.CountsAsRevenue(o.Status)).ToList();
        var stored = await WithDbAsync(options, db => db.Orders.CountAsync(o => o.Channel == SalesChannel.Shopee));
        var distinct = await WithDbAsync(options, db => db.Orders.Where(o => o.Channel == SalesChannel.Shopee).Select(o => o.ExternalId).Distinct().CountAsync());
        var dailyOrders = await WithDbAsync(options, db => db.ShopDailyStats.SumAsync(s => s.Orders));
        var dailyRevenue = await WithDbAsync(options, db => db.ShopDailyStats.SumAsync(s => s.RevenueVnd));
        var villageOrders = await WithDbAsync(options, db => db.UnitMonthlyStats.Where(s => s.UnitId == ImportDatabase.VillageId && s.Channel == SalesChannel.Shopee).SumAsync(s => s.Orders));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"orders stored {stored}, distinct external ids {distinct}, counted as revenue {counted.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ShopDailyStats orders {dailyOrders}, revenue {dailyRevenue} (expected {counted.Sum(o => o.TotalVnd)}); village UnitMonthlyStats orders {villageOrders}"));
        var pass = firstPull.Imported == orders && rePull.Imported == 0 && stored == orders && distinct == orders
            && dailyOrders == counted.Count && dailyRevenue == counted.Sum(o => o.TotalVnd) && villageOrders == counted.Count;
        Console.WriteLine(pass ? "PASS: every order once, roll-ups equal the orders" : "FAIL");
        Environment.ExitCode = pass ? 0 : 1;
    }

    private static async Task<(int Imported, TimeSpan Elapsed)> PullAllAsync(DbContextOptions<SqliteShopDbContext> options, PrebuiltOrdersClient client, MarketplaceTokens tokens, TimeProvider clock, List<int> connections)
    {
        var watch = Stopwatch.StartNew();
        var imported = 0;
        foreach (var id in connections)
        {
            await using var db = new SqliteShopDbContext(options);
            var job = new MarketplaceOrderPullJob(db, [client], new MarketplaceAccounts(db, [client], tokens, clock), clock);
            imported += await job.RunAsync(id, CancellationToken.None);
        }

        return (imported, watch.Elapsed);
    }

    /// <summary>Orders over the last 14 days, evenly over the shops' listings; one in twenty cancelled.</summary>
    private static Dictionary<string, List<MarketplaceOrder>> BuildOrders(int count, DateTime now)
    {
        var random = new Random(7);
        var start = now - TimeSpan.FromDays(14);
        var byShop = Enumerable.Range(0, Shops).ToDictionary(ImportDatabase.ExternalShopId, _ => new List<MarketplaceOrder>());
        for (var n = 0; n < count; n++)
        {
            var shop = n % Shops;
            var listing = random.Next(ListingsPerShop);
            var placed = start + TimeSpan.FromSeconds(random.NextDouble() * TimeSpan.FromDays(14).TotalSeconds);
            var status = n % 20 == 0 ? OrderStatus.Cancelled : OrderStatus.Confirmed;
            var id = string.Create(CultureInfo.InvariantCulture, $"BENCH{n:D8}");
            byShop[ImportDatabase.ExternalShopId(shop)].Add(PrebuiltOrdersClient.Order(id, placed, ImportDatabase.ItemId(shop, listing), ImportDatabase.Sku(shop, listing), 1 + (n % 3), 25_000 + (1_000 * listing), status));
        }

        foreach (var orders in byShop.Values)
        {
            orders.Sort((a, b) => a.PlacedAt.CompareTo(b.PlacedAt));
        }

        return byShop;
    }

    private static void Report(string what, int imported, int orders, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {imported} imported of {orders} in {elapsed.TotalSeconds:0.00} s = {orders / elapsed.TotalSeconds:0} orders/s read, {imported / elapsed.TotalSeconds:0} imported/s"));

    private static async Task<T> WithDbAsync<T>(DbContextOptions<SqliteShopDbContext> options, Func<ShopDbContext, Task<T>> work)
    {
        await using var db = new SqliteShopDbContext(options);
        return await work(db);
    }
}
