using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// Recomputes <see cref="ShopDailyStat"/> rows from raw orders for a range of days and replaces what was
/// there. Runs nightly for the last days (late status changes: cancellations, returns) and once after
/// the demo data is generated. Re-running it gives the same rows, so a retried job is harmless.
/// </summary>
public sealed class DailyStatsReconciliation(ShopDbContext db, TimeProvider clock)
{
    /// <summary>How far back the nightly run looks: marketplaces settle cancellations within days.</summary>
    public const int NightlyWindowDays = 7;

    public Task ReconcileRecentDaysAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        return RebuildAsync(today.AddDays(-NightlyWindowDays), today, cancellationToken);
    }

    public async Task RebuildAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var fromUtc = VietnamTime.StartOfDayUtc(firstDay);
        var toUtc = VietnamTime.StartOfDayUtc(lastDay.AddDays(1));

        var orders = await db.Orders
            .Where(o => o.PlacedAt >= fromUtc && o.PlacedAt < toUtc)
            .Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .Select(o => new { o.ShopId, o.PlacedAt, o.TotalVnd, Items = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);

        var fresh = orders
            .GroupBy(o => (o.ShopId, Day: VietnamTime.Day(o.PlacedAt)))
            .Select(g => new ShopDailyStat
            {
                ShopId = g.Key.ShopId,
                Day = g.Key.Day,
                Orders = g.Count(),
                RevenueVnd = g.Sum(o => o.TotalVnd),
                Items = g.Sum(o => o.Items),
            })
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ShopDailyStats.Where(s => s.Day >= firstDay && s.Day <= lastDay).ExecuteDeleteAsync(cancellationToken);
        db.ShopDailyStats.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
