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
        var sqlServer = db.Database.IsSqlServer();
        await (sqlServer
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
                cancellationToken));

        // The village's path names it and its ancestors ("/1/5/40/312/"): one indexed read, then one upsert of
        // those rows on either provider. (A recursive CTE doing both in one statement made each checkout ~40 %
        // slower on SQLite.) Placeholders {0}..{n} become parameters; only their numbers are spliced into the text.
        var path = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).SingleAsync(cancellationToken);
        var units = path.Trim('/').Split('/').Select(int.Parse).ToList();
        var values = new List<object> { new DateOnly(day.Year, day.Month, 1), channel.ToString(), orders, revenueVnd, items };
        var rows = string.Join(", ", units.Select((id, i) =>
        {
            values.Add(id);
            return "({" + (5 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}, {0}, {1}, {2}, {3}, {4})";
        }));
        var sql = sqlServer
            ? "MERGE UnitMonthlyStats WITH (HOLDLOCK) AS target USING (VALUES " + rows + ") AS source (UnitId, Month, Channel, Orders, RevenueVnd, Items)" +
              " ON target.UnitId = source.UnitId AND target.Month = source.Month AND target.Channel = source.Channel" +
              " WHEN MATCHED THEN UPDATE SET Orders = target.Orders + source.Orders, RevenueVnd = target.RevenueVnd + source.RevenueVnd, Items = target.Items + source.Items" +
              " WHEN NOT MATCHED THEN INSERT (UnitId, Month, Channel, Orders, RevenueVnd, Items) VALUES (source.UnitId, source.Month, source.Channel, source.Orders, source.RevenueVnd, source.Items);"
            : "INSERT INTO UnitMonthlyStats (UnitId, Month, Channel, Orders, RevenueVnd, Items) VALUES " + rows +
              " ON CONFLICT (UnitId, Month, Channel) DO UPDATE SET Orders = Orders + excluded.Orders, RevenueVnd = RevenueVnd + excluded.RevenueVnd, Items = Items + excluded.Items;";
        await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
    }
}
