using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics;

/// <summary>
/// Adds an order's effect to the sales roll-ups, inside the caller's transaction, so the roll-ups and the
/// order never disagree: the shop's day (<see cref="ShopDailyStat"/>) and the month of the shop's village and
/// of every unit above it (<see cref="UnitMonthlyStat"/>). Atomic upserts, so two orders of the same shop
/// placed at the same instant both count. The nightly reconciliation re-checks everything anyway.
/// </summary>
public static class SalesRollupWriter
{
    public static async Task AddAsync(ShopDbContext db, int shopId, SalesChannel channel, DateTime placedAtUtc, int orders, long revenueVnd, int items, CancellationToken cancellationToken)
    {
        var day = VietnamTime.Day(placedAtUtc);
        var month = new DateOnly(day.Year, day.Month, 1);
        var channelName = channel.ToString();
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                MERGE ShopDailyStats WITH (HOLDLOCK) AS target
                USING (SELECT {shopId} AS ShopId, {day} AS Day) AS source ON target.ShopId = source.ShopId AND target.Day = source.Day
                WHEN MATCHED THEN UPDATE SET Orders = target.Orders + {orders}, RevenueVnd = target.RevenueVnd + {revenueVnd}, Items = target.Items + {items}
                WHEN NOT MATCHED THEN INSERT (ShopId, Day, Orders, RevenueVnd, Items) VALUES ({shopId}, {day}, {orders}, {revenueVnd}, {items});
                """,
                cancellationToken);

            // The village and its ancestors, walked up by ParentId (a handful of rows, by primary key).
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                WITH up AS (
                    SELECT u.Id, u.ParentId FROM Units u JOIN Shops s ON s.VillageId = u.Id WHERE s.Id = {shopId}
                    UNION ALL
                    SELECT p.Id, p.ParentId FROM Units p JOIN up ON p.Id = up.ParentId)
                MERGE UnitMonthlyStats WITH (HOLDLOCK) AS target
                USING (SELECT Id FROM up) AS source ON target.UnitId = source.Id AND target.Month = {month} AND target.Channel = {channelName}
                WHEN MATCHED THEN UPDATE SET Orders = target.Orders + {orders}, RevenueVnd = target.RevenueVnd + {revenueVnd}, Items = target.Items + {items}
                WHEN NOT MATCHED THEN INSERT (UnitId, Month, Channel, Orders, RevenueVnd, Items) VALUES (source.Id, {month}, {channelName}, {orders}, {revenueVnd}, {items});
                """,
                cancellationToken);
            return;
        }

        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO ShopDailyStats (ShopId, Day, Orders, RevenueVnd, Items) VALUES ({shopId}, {day}, {orders}, {revenueVnd}, {items})
            ON CONFLICT (ShopId, Day) DO UPDATE SET Orders = Orders + excluded.Orders, RevenueVnd = RevenueVnd + excluded.RevenueVnd, Items = Items + excluded.Items;
            """,
            cancellationToken);

        // The village's path names it and its ancestors ("/1/5/40/312/"): one indexed read, then one upsert of
        // those rows. (A recursive CTE doing both in one statement made each checkout ~40 % slower on SQLite.)
        var path = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).SingleAsync(cancellationToken);
        var units = path.Trim('/').Split('/').Select(int.Parse).ToList();
        var rows = string.Join(", ", units.Select((_, i) => $"(@u{i}, @month, @channel, @orders, @revenue, @items)"));
        var parameters = units.Select((id, i) => (object)new SqliteParameter($"@u{i}", id))
            .Append(new SqliteParameter("@month", month))
            .Append(new SqliteParameter("@channel", channelName))
            .Append(new SqliteParameter("@orders", orders))
            .Append(new SqliteParameter("@revenue", revenueVnd))
            .Append(new SqliteParameter("@items", items));
        // Only parameter names are spliced into the text; every value is a parameter.
        var sql = "INSERT INTO UnitMonthlyStats (UnitId, Month, Channel, Orders, RevenueVnd, Items) VALUES " + rows +
            " ON CONFLICT (UnitId, Month, Channel) DO UPDATE SET Orders = Orders + excluded.Orders, RevenueVnd = RevenueVnd + excluded.RevenueVnd, Items = Items + excluded.Items;";
        await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }
}
