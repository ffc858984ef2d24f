using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// Recomputes the sales roll-ups from raw orders and replaces what was there: <see cref="ShopDailyStat"/> for a
/// range of days and <see cref="UnitMonthlyStat"/> for the months those days touch. Runs nightly for the last
/// days (late status changes: cancellations, returns) and once after demo data is generated. Re-running it gives
/// the same rows, so a retried job is harmless. Grouping happens in SQL: a province's month is ~1 M orders.
/// </summary>
public sealed class SalesRollupReconciliation(ShopDbContext db, TimeProvider clock)
{
    /// <summary>How far back the nightly run looks: marketplaces settle cancellations within days.</summary>
    public const int NightlyWindowDays = 7;

    public async Task ReconcileRecentDaysAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        await RebuildAsync(today.AddDays(-NightlyWindowDays), today, cancellationToken);

        // A database upgraded from before the monthly roll-up has orders but no months yet: fill all of them once.
        if (!await db.UnitMonthlyStats.AnyAsync(s => s.Month < today.AddDays(-NightlyWindowDays), cancellationToken)
            && await db.Orders.MinAsync(o => (DateTime?)o.PlacedAt, cancellationToken) is { } first
            && VietnamTime.Day(first) < today.AddDays(-NightlyWindowDays))
        {
            var month = VietnamTime.Day(first);
            await RebuildMonthsAsync(new DateOnly(month.Year, month.Month, 1), new DateOnly(today.Year, today.Month, 1), cancellationToken);
        }
    }

    public async Task RebuildAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        await RebuildDaysAsync(firstDay, lastDay, cancellationToken);
        await RebuildMonthsAsync(new DateOnly(firstDay.Year, firstDay.Month, 1), new DateOnly(lastDay.Year, lastDay.Month, 1), cancellationToken);
    }

    private IQueryable<Order> Counted(DateOnly firstDay, DateOnly lastDay)
    {
        var fromUtc = VietnamTime.StartOfDayUtc(firstDay);
        var toUtc = VietnamTime.StartOfDayUtc(lastDay.AddDays(1));
        return db.Orders.Where(o => o.PlacedAt >= fromUtc && o.PlacedAt < toUtc && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned);
    }

    private async Task RebuildDaysAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var orders = await Counted(firstDay, lastDay)
            .Select(o => new { o.ShopId, o.PlacedAt, o.TotalVnd, Items = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        var fresh = orders
            .GroupBy(o => (o.ShopId, Day: VietnamTime.Day(o.PlacedAt)))
            .Select(g => new ShopDailyStat { ShopId = g.Key.ShopId, Day = g.Key.Day, Orders = g.Count(), RevenueVnd = g.Sum(o => o.TotalVnd), Items = g.Sum(o => o.Items) })
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ShopDailyStats.Where(s => s.Day >= firstDay && s.Day <= lastDay).ExecuteDeleteAsync(cancellationToken);
        db.ShopDailyStats.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Months are whole: [firstMonth, lastMonth] by their first days.</summary>
    private async Task RebuildMonthsAsync(DateOnly firstMonth, DateOnly lastMonth, CancellationToken cancellationToken)
    {
        var counted = Counted(firstMonth, lastMonth.AddMonths(1).AddDays(-1));

        // Vietnam is UTC+7 all year (no daylight saving), so shifting by 7 hours gives the local month in SQL.
        var sales = await counted
            .GroupBy(o => new { o.Shop.VillageId, o.Channel, o.PlacedAt.AddHours(7).Year, o.PlacedAt.AddHours(7).Month })
            .Select(g => new { g.Key.VillageId, g.Key.Channel, g.Key.Year, g.Key.Month, Orders = g.Count(), Revenue = g.Sum(o => o.TotalVnd) })
            .ToListAsync(cancellationToken);
        var items = await db.OrderLines.Where(l => counted.Contains(l.Order))
            .GroupBy(l => new { l.Order.Shop.VillageId, l.Order.Channel, l.Order.PlacedAt.AddHours(7).Year, l.Order.PlacedAt.AddHours(7).Month })
            .Select(g => new { g.Key.VillageId, g.Key.Channel, g.Key.Year, g.Key.Month, Items = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => (g.VillageId, g.Channel, g.Year, g.Month), g => g.Items, cancellationToken);

        var villageIds = sales.Select(s => s.VillageId).Distinct().ToList();
        var paths = await db.Units.Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        var rows = new Dictionary<(int Unit, DateOnly Month, SalesChannel Channel), UnitMonthlyStat>();
        foreach (var s in sales)
        {
            var month = new DateOnly(s.Year, s.Month, 1);
            foreach (var unitId in paths[s.VillageId].Trim('/').Split('/').Select(int.Parse))
            {
                if (!rows.TryGetValue((unitId, month, s.Channel), out var row))
                {
                    rows[(unitId, month, s.Channel)] = row = new UnitMonthlyStat { UnitId = unitId, Month = month, Channel = s.Channel };
                }

                row.Orders += s.Orders;
                row.RevenueVnd += s.Revenue;
                row.Items += items.GetValueOrDefault((s.VillageId, s.Channel, s.Year, s.Month));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UnitMonthlyStats.Where(s => s.Month >= firstMonth && s.Month <= lastMonth).ExecuteDeleteAsync(cancellationToken);
        db.UnitMonthlyStats.AddRange(rows.Values);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
