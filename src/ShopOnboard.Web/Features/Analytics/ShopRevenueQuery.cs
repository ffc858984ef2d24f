using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics;

public sealed record MonthFigures(int Year, int Month, int Orders, long RevenueVnd, int Items);

public sealed record ChannelFigures(SalesChannel Channel, int Orders, long RevenueVnd);

public sealed record BestSeller(string Title, int Quantity, long RevenueVnd);

public sealed record ShopRevenue(int ShopId, string ShopName, IReadOnlyList<MonthFigures> Months, IReadOnlyList<ChannelFigures> Channels, IReadOnlyList<BestSeller> BestSellers, double? GrowthMultiple)
{
    public long TotalVnd => Months.Sum(m => m.RevenueVnd);
}

/// <summary>
/// A shop's growth: revenue per month from the daily roll-ups, the split by channel and best sellers over
/// the last twelve months, and the multiple of the last three months against the shop's first three.
/// </summary>
public sealed class ShopRevenueQuery(ShopDbContext db, TimeProvider clock)
{
    public const int Months = 24;

    public async Task<ShopRevenue> LoadAsync(int shopId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var from = thisMonth.AddMonths(-(Months - 1));
        var days = await db.ShopDailyStats.Where(d => d.ShopId == shopId && d.Day >= from)
            .Select(d => new { d.Day, d.Orders, d.RevenueVnd, d.Items }).ToListAsync(cancellationToken);
        var months = Enumerable.Range(0, Months).Select(i => from.AddMonths(i))
            .Select(m =>
            {
                var inMonth = days.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).ToList();
                return new MonthFigures(m.Year, m.Month, inMonth.Sum(d => d.Orders), inMonth.Sum(d => d.RevenueVnd), inMonth.Sum(d => d.Items));
            })
            .ToList();

        var since = VietnamTime.StartOfDayUtc(thisMonth.AddMonths(-11));
        var counted = db.Orders.Where(o => o.ShopId == shopId && o.PlacedAt >= since && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned);
        var channels = await counted.GroupBy(o => o.Channel)
            .Select(g => new ChannelFigures(g.Key, g.Count(), g.Sum(o => o.TotalVnd)))
            .ToListAsync(cancellationToken);
        var bestSellers = await db.OrderLines
            .Where(l => l.Order.ShopId == shopId && l.Order.PlacedAt >= since && l.Order.Status != OrderStatus.Cancelled && l.Order.Status != OrderStatus.Returned)
            .GroupBy(l => l.Title)
            .Select(g => new { Title = g.Key, Quantity = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.UnitPriceVnd * l.Quantity) })
            .OrderByDescending(b => b.Revenue).Take(5)
            .ToListAsync(cancellationToken);
        var name = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new ShopRevenue(
            shopId,
            name,
            months,
            channels.OrderByDescending(c => c.RevenueVnd).ToList(),
            bestSellers.Select(b => new BestSeller(b.Title, b.Quantity, b.Revenue)).ToList(),
            Growth(months));
    }

    /// <summary>Last three complete months against the first three months with sales; null until there is both.</summary>
    private static double? Growth(List<MonthFigures> months)
    {
        var complete = months.SkipLast(1).ToList();
        var start = complete.FindIndex(m => m.RevenueVnd > 0);
        if (start < 0 || complete.Count - start < 6)
        {
            return null;
        }

        var first = complete.Skip(start).Take(3).Sum(m => m.RevenueVnd);
        var last = complete.TakeLast(3).Sum(m => m.RevenueVnd);
        return first == 0 ? null : (double)last / first;
    }
}
