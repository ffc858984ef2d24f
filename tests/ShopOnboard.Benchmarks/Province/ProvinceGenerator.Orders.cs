using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ShopOnboard.Benchmarks.Province;

internal sealed partial class ProvinceGenerator
{
    /// <summary>
    /// Lạng Sơn's harvests: Tết gifts (Jan–Feb), star anise (Mar–Apr, Sep–Oct), custard apple (Aug–Sep),
    /// persimmon (Sep–Oct). Index 0 is January.
    /// </summary>
    private static readonly double[] Season = [1.2, 1.4, 0.9, 0.9, 0.7, 0.7, 0.9, 1.5, 1.7, 1.4, 1.0, 1.1];

    private static readonly string[] Channels = ["Storefront", "Manual", "Shopee", "Lazada", "TikTokShop"];
    private static readonly double[] ChannelShare = [0.25, 0.55, 0.75, 0.85, 1.0];

    /// <summary>Orders day by day, each day's per-shop totals written to ShopDailyStats as the app's writer would.</summary>
    private void OrdersAndStats(SqliteConnection connection)
    {
        var days = _today.DayNumber - FirstDay.DayNumber + 1;
        var open = new int[days];
        var weight = new double[days];
        var next = 0;
        for (var d = 0; d < days; d++)
        {
            var endUtc = FirstDay.AddDays(d + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
            while (next < Shops && _shopCreated[next] < endUtc)
            {
                next++;
            }

            open[d] = next;
            weight[d] = next * Season[FirstDay.AddDays(d).Month - 1];
        }

        var perWeight = targetOrders / weight.Sum();
        var orderId = 0L;
        var daily = new Dictionary<int, (int Orders, long Revenue, int Items)>();
        var monthly = new Dictionary<(int Village, DateOnly Month, string Channel), (int Orders, long Revenue, int Items)>();
        for (var d = 0; d < days; d++)
        {
            var day = FirstDay.AddDays(d);
            if (d == 0 || day.Day == 1)
            {
                if (d > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {day:yyyy-MM}: {orderId:N0} orders so far"));
                }
            }

            Batch(connection, tx =>
            {
                using var orders = new BulkInsert(connection, tx, "Orders", "Id", "ShopId", "Channel", "ExternalId", "Code", "Status", "PaymentStatus", "BuyerName", "TotalVnd", "PlacedAt", "UpdatedAt");
                using var lines = new BulkInsert(connection, tx, "OrderLines", "Id", "OrderId", "Title", "UnitPriceVnd", "Quantity");
                using var stats = new BulkInsert(connection, tx, "ShopDailyStats", "ShopId", "Day", "Orders", "RevenueVnd", "Items");
                var startUtc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
                var count = (int)(weight[d] * perWeight) + (_random.NextDouble() < (weight[d] * perWeight) % 1 ? 1 : 0);
                daily.Clear();
                for (var i = 0; i < count && open[d] > 0; i++)
                {
                    var shop = 1 + _random.Next(0, open[d]);
                    var placed = startUtc.AddSeconds(_random.Next(0, 86_400));
                    if (placed < _shopCreated[shop - 1])
                    {
                        placed = _shopCreated[shop - 1];
                    }

                    var quantity = 1 + _random.Next(0, 4);
                    var price = 30_000 + (_random.Next(0, 55) * 5_000);
                    var total = (long)quantity * price;
                    var status = Status(_today.DayNumber - day.DayNumber);
                    var channel = Channel();
                    var id = ++orderId;
                    var code = "G" + id.ToString(CultureInfo.InvariantCulture);
                    orders.Add(id, shop, channel, code, code, status, status is "Cancelled" or "Returned" ? "Refunded" : "Paid", "Khách hàng", total, placed, placed);
                    lines.Add(id, id, "Sản phẩm", price, quantity);
                    if (status is not ("Cancelled" or "Returned"))
                    {
                        var sum = daily.GetValueOrDefault(shop);
                        daily[shop] = (sum.Orders + 1, sum.Revenue + total, sum.Items + quantity);
                        var key = (_householdVillage[_shopHousehold[shop - 1]], new DateOnly(day.Year, day.Month, 1), channel);
                        var month = monthly.GetValueOrDefault(key);
                        monthly[key] = (month.Orders + 1, month.Revenue + total, month.Items + quantity);
                    }
                }

                foreach (var (shop, sum) in daily)
                {
                    stats.Add(shop, day, sum.Orders, sum.Revenue, sum.Items);
                }
            });
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {orderId:N0} orders in total"));
        Batch(connection, tx => UnitMonthlyStats(connection, tx, monthly));
    }

    /// <summary>Each village's month added to the village, its commune, its district and the province, as the app's writer does.</summary>
    private static void UnitMonthlyStats(SqliteConnection connection, SqliteTransaction tx, Dictionary<(int Village, DateOnly Month, string Channel), (int Orders, long Revenue, int Items)> monthly)
    {
        var rows = new Dictionary<(int Unit, DateOnly Month, string Channel), (int Orders, long Revenue, int Items)>();
        foreach (var ((village, month, channel), sum) in monthly)
        {
            var commune = village % Communes;
            foreach (var unit in new[] { VillageId(village), CommuneId(commune), DistrictId(commune % Districts), 1 })
            {
                var total = rows.GetValueOrDefault((unit, month, channel));
                rows[(unit, month, channel)] = (total.Orders + sum.Orders, total.Revenue + sum.Revenue, total.Items + sum.Items);
            }
        }

        using var stats = new BulkInsert(connection, tx, "UnitMonthlyStats", "UnitId", "Month", "Channel", "Orders", "RevenueVnd", "Items");
        foreach (var ((unit, month, channel), sum) in rows)
        {
            stats.Add(unit, month, channel, sum.Orders, sum.Revenue, sum.Items);
        }
    }

    private string Status(int ageDays)
    {
        var p = _random.NextDouble();
        if (p < 0.03)
        {
            return "Cancelled";
        }

        if (p < 0.04)
        {
            return "Returned";
        }

        // Recent orders are still on their way.
        return ageDays switch
        {
            < 2 => "New",
            < 5 => "Shipped",
            _ => "Completed",
        };
    }

    private string Channel()
    {
        var p = _random.NextDouble();
        return Channels[Array.FindIndex(ChannelShare, share => p < share)];
    }
}
