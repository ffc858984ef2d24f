using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Benchmarks.Province;

/// <summary>
/// Server time of the reviewer pages on a generated province: the real query classes against the file,
/// a fresh DbContext per "request" as in the app, one warm-up then timed runs. Not BenchmarkDotNet: a page
/// takes milliseconds to seconds and what matters is the p95 a reviewer waits, not nanosecond precision.
/// </summary>
internal static class ProvinceMeasurements
{
    private const int Runs = 20;

    public static async Task RunAsync(string path, bool quick)
    {
        var options = new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString()).Options;
        var clock = TimeProvider.System;
        var targets = Options.Create(new DashboardTargets());
        const int province = 1;
        var commune = ProvinceGenerator.CommuneId(0);

        // First, so the pages below read snapshots of the current code.
        await MeasureAsync("nightly: snapshots of every village", options, async db => await new SnapshotRefresh(db, clock).RefreshAllAsync(CancellationToken.None), runs: 1);
        await MeasureAsync("  province: child units table", options, async db => await new UnitOverviewQuery(db, clock).LoadAsync(province, ["/"], CancellationToken.None));
        await MeasureAsync("  province: growth (monthly roll-ups)", options, async db => await new UnitGrowthQuery(db, clock, targets).LoadAsync(province, "/1/", null, CancellationToken.None));
        await MeasureAsync("  province: funnel, teams, dormant", options, async db => await new OnboardingQuery(db, clock).LoadAsync("/1/", CancellationToken.None));
        await MeasureAsync("province overview (units + growth + onboarding)", options, async db => await PageAsync(db, clock, targets, province));
        await MeasureAsync("commune drill-down (same page)", options, async db => await PageAsync(db, clock, targets, commune));
        await MeasureAsync("province ministry metrics, this month", options, async db =>
        {
            var today = VietnamTime.Today(clock);
            await new MinistryMetricsQuery(db).LoadAsync(province, new DateOnly(today.Year, today.Month, 1), today, CancellationToken.None);
        }, runs: 5);
        if (quick)
        {
            return; // --quick: the pages only, without the minutes-long naive query and nightly rebuild
        }

        await MeasureAsync("naive: province revenue by month from raw orders", options, async db => await NaiveRevenueAsync(db, clock), runs: 3);
        await MeasureAsync("refresh of one changed village (every minute)", options, async db =>
        {
            db.StaleUnits.Add(new StaleUnit { UnitId = ProvinceGenerator.VillageId(7), Version = 1 });
            await db.SaveChangesAsync();
            await new SnapshotRefresh(db, clock).RefreshStaleAsync(CancellationToken.None);
        });
        await MeasureAsync("nightly: sales roll-ups of the last 7 days (days + months)", options, async db => await new SalesRollupReconciliation(db, clock).ReconcileRecentDaysAsync(CancellationToken.None), runs: 1);
    }

    private static async Task PageAsync(ShopDbContext db, TimeProvider clock, IOptions<DashboardTargets> targets, int unitId)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
        await new UnitOverviewQuery(db, clock).LoadAsync(unitId, ["/"], CancellationToken.None);
        await new UnitGrowthQuery(db, clock, targets).LoadAsync(unitId, path, null, CancellationToken.None);
        await new OnboardingQuery(db, clock).LoadAsync(path, CancellationToken.None);
    }

    /// <summary>What the growth chart would cost without roll-ups: every counted order of 24 months, grouped.</summary>
    private static async Task NaiveRevenueAsync(ShopDbContext db, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        var from = VietnamTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1).AddMonths(-23));
        await db.Orders.Where(o => o.PlacedAt >= from && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned && o.Shop.Village.Path.StartsWith("/1/"))
            .GroupBy(o => new { o.PlacedAt.AddHours(7).Year, o.PlacedAt.AddHours(7).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Orders = g.Count(), Revenue = g.Sum(o => o.TotalVnd) })
            .ToListAsync();
    }

    private static async Task MeasureAsync(string name, DbContextOptions<SqliteShopDbContext> options, Func<ShopDbContext, Task> work, int runs = Runs)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            await using var db = new SqliteShopDbContext(options);
            var clock = Stopwatch.StartNew();
            await work(db);
            if (i > 0 || runs == 1)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            if (runs == 1)
            {
                break;
            }
        }

        times.Sort();
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} median {times[times.Count / 2],9:0.0} ms   p95 {p95,9:0.0} ms   ({times.Count} runs)"));
    }
}
