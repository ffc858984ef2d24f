using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Marketplaces.Shopee;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Pulls a connection's Shopee orders updated since <see cref="MarketplaceConnection.OrdersPulledUntil"/>, in
/// windows of at most 15 days, and imports each once: (Shopee, order_sn) is unique, a known order only has its
/// status updated, and new orders are written with their daily roll-up in one transaction per batch of 50.
/// </summary>
[Hangfire.DisableConcurrentExecution(600)]
public sealed class ShopeeOrderPullJob(ShopDbContext db, ShopeeClient shopee, ShopeeConnections connections, TimeProvider clock)
{
    /// <summary>Re-read a little before the cursor: an order updated just before the last pull may be indexed late.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>How far back the first pull of a new connection reaches.</summary>
    public static readonly TimeSpan FirstPullReach = TimeSpan.FromDays(15);

    public async Task<int> RunAsync(int connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (connection.Status != ConnectionStatus.Connected)
        {
            return 0;
        }

        var shop = await connections.ShopAsync(connectionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = (connection.OrdersPulledUntil ?? now - FirstPullReach) - Overlap;
        var imported = 0;
        while (from < now)
        {
            var to = from + ShopeeClient.MaxOrderWindow < now ? from + ShopeeClient.MaxOrderWindow : now;
            var cursor = "";
            do
            {
                var page = await shopee.GetOrderListAsync(shop, from, to, cursor, ShopeeClient.MaxPageSize, cancellationToken);
                foreach (var batch in page.OrderSns.Chunk(ShopeeClient.MaxDetailBatch))
                {
                    var orders = await shopee.GetOrderDetailAsync(shop, batch, cancellationToken);
                    imported += await ImportAsync(connection.ShopId, orders, cancellationToken);
                }

                cursor = page.More ? page.NextCursor : "";
            }
            while (cursor.Length > 0);

            // The cursor moves only after a whole window is in, so a failure mid-window re-reads it (harmlessly).
            await db.MarketplaceConnections.Where(c => c.Id == connectionId)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.OrdersPulledUntil, to), cancellationToken);
            from = to;
        }

        return imported;
    }

    public static OrderStatus MapStatus(string shopeeStatus) => shopeeStatus switch
    {
        "READY_TO_SHIP" => OrderStatus.Confirmed,
        "PROCESSED" => OrderStatus.Packed,
        "SHIPPED" => OrderStatus.Shipped,
        "TO_CONFIRM_RECEIVE" => OrderStatus.Delivered,
        "COMPLETED" => OrderStatus.Completed,
        "IN_CANCEL" or "CANCELLED" => OrderStatus.Cancelled,
        "TO_RETURN" => OrderStatus.Returned,
        _ => OrderStatus.New,
    };

    private async Task<int> ImportAsync(int shopId, IReadOnlyList<ShopeeOrder> orders, CancellationToken cancellationToken)
    {
        var sns = orders.Select(o => o.OrderSn).Distinct().ToList();
        var known = await db.Orders.AsTracking().Where(o => o.Channel == SalesChannel.Shopee && sns.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, cancellationToken);
        var itemIds = orders.SelectMany(o => o.Lines).Select(l => l.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var listings = await db.ListingSyncStates.Where(s => s.Marketplace == Marketplace.Shopee && s.ExternalItemId != null && itemIds.Contains(s.ExternalItemId))
            .ToDictionaryAsync(s => s.ExternalItemId!, s => s.ListingId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = new List<Order>();
        var recounted = new List<(Order Order, int Sign)>();
        foreach (var o in orders.DistinctBy(o => o.OrderSn))
        {
            var status = MapStatus(o.Status);
            if (known.TryGetValue(o.OrderSn, out var existing))
            {
                if (existing.Status != status)
                {
                    // A cancellation or return after import leaves the roll-ups; a reinstated order comes back.
                    if (OrderRules.CountsAsRevenue(existing.Status) != OrderRules.CountsAsRevenue(status))
                    {
                        recounted.Add((existing, OrderRules.CountsAsRevenue(status) ? 1 : -1));
                    }

                    existing.Status = status;
                    existing.UpdatedAt = now;
                }

                continue;
            }

            var order = new Order
            {
                ShopId = shopId,
                Channel = SalesChannel.Shopee,
                ExternalId = o.OrderSn,
                Code = "SP" + o.OrderSn[..Math.Min(o.OrderSn.Length, 18)],
                Status = status,
                PaymentStatus = o.Cod ? PaymentStatus.Unpaid : PaymentStatus.Paid,
                BuyerName = string.IsNullOrWhiteSpace(o.BuyerName) ? "Khách Shopee" : o.BuyerName,
                PlacedAt = o.CreatedAt,
                UpdatedAt = now,
            };
            order.Lines.AddRange(o.Lines.Select(l => new OrderLine
            {
                ListingId = listings.TryGetValue(l.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var listingId) ? listingId : null,
                Title = l.ItemName.Length > 120 ? l.ItemName[..120] : l.ItemName,
                UnitPriceVnd = l.UnitPriceVnd,
                Quantity = l.Quantity,
            }));
            order.TotalVnd = o.TotalVnd > 0 ? o.TotalVnd : order.Lines.Sum(l => l.LineTotalVnd);
            fresh.Add(order);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Orders.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var order in fresh.Where(o => OrderRules.CountsAsRevenue(o.Status)))
        {
            await SalesRollupWriter.AddAsync(db, shopId, SalesChannel.Shopee, order.PlacedAt, 1, order.TotalVnd, order.Lines.Sum(l => l.Quantity), cancellationToken);
        }

        foreach (var (order, sign) in recounted)
        {
            var items = await db.OrderLines.Where(l => l.OrderId == order.Id).SumAsync(l => l.Quantity, cancellationToken);
            await SalesRollupWriter.AddAsync(db, shopId, SalesChannel.Shopee, order.PlacedAt, sign, sign * order.TotalVnd, sign * items, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }
}
