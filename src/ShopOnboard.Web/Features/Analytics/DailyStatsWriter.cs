using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// Adds an order's effect to its shop's daily roll-up, inside the caller's transaction, so the roll-up
/// and the order never disagree. One atomic upsert per change: two orders of the same shop on the same
/// day, placed at the same instant, both count. The nightly reconciliation re-checks everything anyway.
/// </summary>
public static class DailyStatsWriter
{
    public static Task AddAsync(ShopDbContext db, int shopId, DateTime placedAtUtc, int orders, long revenueVnd, int items, CancellationToken cancellationToken)
    {
        var day = VietnamTime.Day(placedAtUtc);
        return db.Database.IsSqlServer()
            ? db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                MERGE ShopDailyStats WITH (HOLDLOCK) AS target
                USING (SELECT {shopId} AS ShopId, {day} AS Day) AS source ON target.ShopId = source.ShopId AND target.Day = source.Day
                WHEN MATCHED THEN UPDATE SET Orders = target.Orders + {orders}, RevenueVnd = target.RevenueVnd + {revenueVnd}, Items = target.Items + {items}
                WHEN NOT MATCHED THEN INSERT (ShopId, Day, Orders, RevenueVnd, Items) VALUES ({shopId}, {day}, {orders}, {revenueVnd}, {items});
                """,
                cancellationToken)
            : db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO ShopDailyStats (ShopId, Day, Orders, RevenueVnd, Items) VALUES ({shopId}, {day}, {orders}, {revenueVnd}, {items})
                ON CONFLICT (ShopId, Day) DO UPDATE SET Orders = Orders + excluded.Orders, RevenueVnd = RevenueVnd + excluded.RevenueVnd, Items = Items + excluded.Items;
                """,
                cancellationToken);
    }
}
