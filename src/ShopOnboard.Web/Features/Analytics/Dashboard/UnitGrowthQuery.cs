using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

/// <summary>The programme's targets; configurable because each province sets its own (Analytics:Targets).</summary>
public sealed class DashboardTargets
{
    public double DigitalShopShare { get; set; } = 0.5;
    public double EPaymentShare { get; set; } = 0.8;
}

public sealed record MonthPoint(DateOnly Month, int ShopsOpened, int ShopsCumulative, int Orders, long RevenueVnd);

public sealed record ChannelTotal(SalesChannel Channel, long Orders, long RevenueVnd)
{
    public long AverageOrderVnd => Orders == 0 ? 0 : RevenueVnd / Orders;
}

public sealed record UnitGrowth(
    int Households,
    int HouseholdsWithShop,
    int HouseholdsWithEPayment,
    DashboardTargets Targets,
    int BaselineShops,
    int ShopsToday,
    IReadOnlyList<MonthPoint> Months,
    DateOnly BaselineMonth,
    double? GrowthMultiple,
    IReadOnlyList<ChannelTotal> Channels)
{
    public double ShopShare => Households == 0 ? 0 : (double)HouseholdsWithShop / Households;
    public double EPaymentShare => Households == 0 ? 0 : (double)HouseholdsWithEPayment / Households;
    public long Orders => Months.Sum(m => (long)m.Orders);
    public long RevenueVnd => Months.Sum(m => m.RevenueVnd);
    public long AverageOrderVnd => Orders == 0 ? 0 : RevenueVnd / Orders;
}

/// <summary>
/// Growth over the last <see cref="Months"/> months: households and shops opened by month from the villages'
/// snapshots, sales from the unit's own monthly roll-up (at most 24 x 5 rows). Raw orders, shops and
/// households are never read.
/// </summary>
public sealed class UnitGrowthQuery(ShopDbContext db, TimeProvider clock, IOptions<DashboardTargets> targets)
{
    public const int Months = 24;

    public async Task<UnitGrowth> LoadAsync(int unitId, string path, DateOnly? baseline, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var first = thisMonth.AddMonths(-(Months - 1));

        var counts = await db.UnitSnapshots.Where(v => v.Unit.Path.StartsWith(path)).GroupBy(_ => 1).Select(g => new
        {
            All = g.Sum(v => v.Households),
            Shop = g.Sum(v => v.HouseholdsWithShop),
            Pay = g.Sum(v => v.HouseholdsWithEPayment),
        }).FirstOrDefaultAsync(cancellationToken);

        var openings = await db.ShopOpeningMonths.Where(m => m.Unit.Path.StartsWith(path))
            .GroupBy(m => m.Month)
            .Select(g => new { Month = g.Key, N = g.Sum(m => m.Opened) })
            .ToListAsync(cancellationToken);
        var before = openings.Where(o => o.Month < first).Sum(o => o.N);
        var monthly = await db.UnitMonthlyStats.Where(m => m.UnitId == unitId && m.Month >= first)
            .Select(m => new { m.Month, m.Channel, m.Orders, m.RevenueVnd })
            .ToListAsync(cancellationToken);
        var sales = monthly.GroupBy(m => m.Month).Select(g => new { g.Key.Year, g.Key.Month, Orders = g.Sum(m => m.Orders), Revenue = g.Sum(m => m.RevenueVnd) }).ToList();
        var channels = monthly.GroupBy(m => m.Channel)
            .Select(g => new ChannelTotal(g.Key, g.Sum(m => (long)m.Orders), g.Sum(m => m.RevenueVnd)))
            .OrderByDescending(c => c.RevenueVnd)
            .ToList();

        var points = new List<MonthPoint>(Months);
        var cumulative = before;
        for (var i = 0; i < Months; i++)
        {
            var m = first.AddMonths(i);
            var n = openings.Where(o => o.Month == m).Sum(o => o.N);
            cumulative += n;
            var s = sales.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month);
            points.Add(new MonthPoint(m, n, cumulative, s?.Orders ?? 0, s?.Revenue ?? 0));
        }

        var baselineMonth = baseline is { } b && b >= first && b < thisMonth ? new DateOnly(b.Year, b.Month, 1) : first;
        return new UnitGrowth(
            counts?.All ?? 0,
            counts?.Shop ?? 0,
            counts?.Pay ?? 0,
            targets.Value,
            before,
            cumulative,
            points,
            baselineMonth,
            Multiple(points, baselineMonth),
            channels);
    }

    /// <summary>Last complete month's revenue over the baseline month's; null while the baseline had none.</summary>
    private static double? Multiple(List<MonthPoint> points, DateOnly baselineMonth)
    {
        var baseRevenue = points.First(p => p.Month == baselineMonth).RevenueVnd;
        var last = points[^2].RevenueVnd;
        return baseRevenue == 0 ? null : (double)last / baseRevenue;
    }
}
