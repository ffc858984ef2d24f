using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Marketplaces.Sync;

/// <summary>
/// Pulls a connection's orders updated since <see cref="MarketplaceConnection.OrdersPulledUntil"/>, in windows no
/// longer than the marketplace allows, and imports each once: (channel, external id) is unique, a known order
/// only has its status updated, and new orders are written with their daily roll-up in one transaction per batch.
/// </summary>
[Hangfire.DisableConcurrentExecution(600)]
public sealed class MarketplaceOrderPullJob(ShopDbContext db, IEnumerable<IMarketplaceClient> clients, MarketplaceAccounts accounts, TimeProvider clock)
{
    /// <summary>Re-read a little before the cursor: an order updated just before the last pull may be indexed late.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>How far back the first pull of a new connection reaches.</summary>
    public static readonly TimeSpan FirstPullReach = TimeSpan.FromDays(15);

    /// <summary>Orders written per transaction; a crash loses at most the batch, which the window's re-read brings back.</summary>
    public const int ImportBatch = 500;

    public static SalesChannel ChannelOf(Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => SalesChannel.Shopee,
        Marketplace.Lazada => SalesChannel.Lazada,
        Marketplace.TikTokShop => SalesChannel.TikTokShop,
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
    };

    public async Task<int> RunAsync(int connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (connection.Status != ConnectionStatus.Connected)
        {
            return 0;
        }

        var client = clients.For(connection.Marketplace);
        var account = await accounts.AccountAsync(connectionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = (connection.OrdersPulledUntil ?? now - FirstPullReach) - Overlap;
        var imported = 0;
        while (from < now)
        {
            var to = from + client.MaxOrderWindow < now ? from + client.MaxOrderWindow : now;
            string? cursor = null;
            var pending = new List<MarketplaceOrder>();
            try
            {
                do
                {
                    var page = await client.ListOrdersAsync(account, from, to, cursor, cancellationToken);
                    foreach (var batch in page.OrderIds.Chunk(client.MaxOrderDetailBatch))
                    {
                        pending.AddRange(await client.GetOrdersAsync(account, batch, cancellationToken));
                    }

                    // Written in batches larger than the API's pages: each write costs a transaction, the lookups
                    // and the roll-up upserts, which 50 orders (Shopee's detail batch) do not amortise.
                    if (pending.Count >= ImportBatch)
                    {
                        imported += await ImportAsync(connection.ShopId, connection.Marketplace, pending, cancellationToken);
                        pending.Clear();
                    }

                    cursor = page.NextCursor;
                }
                while (cursor is not null);
            }
            catch (MarketplaceException) when (pending.Count > 0)
            {
                // Keep what was read before the failure: the retry re-reads the window but skips these.
                imported += await ImportAsync(connection.ShopId, connection.Marketplace, pending, CancellationToken.None);
                throw;
            }

            if (pending.Count > 0)
            {
                imported += await ImportAsync(connection.ShopId, connection.Marketplace, pending, cancellationToken);
            }

            // The cursor moves only after a whole window is in, so a failure mid-window re-reads it (harmlessly).
            await db.MarketplaceConnections.Where(c => c.Id == connectionId)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.OrdersPulledUntil, to), cancellationToken);
            from = to;
        }

        return imported;
    }

    private async Task<int> ImportAsync(int shopId, Marketplace marketplace, IReadOnlyList<MarketplaceOrder> orders, CancellationToken cancellationToken)
    {
        var channel = ChannelOf(marketplace);
        var ids = orders.Select(o => o.ExternalId).Distinct().ToList();
        var known = await db.Orders.AsTracking().Where(o => o.Channel == channel && ids.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, cancellationToken);
        var itemIds = orders.SelectMany(o => o.Lines).Select(l => l.ItemId).Distinct().ToList();
        var byItem = await db.ListingSyncStates.Where(s => s.Marketplace == marketplace && s.ExternalItemId != null && itemIds.Contains(s.ExternalItemId))
            .ToDictionaryAsync(s => s.ExternalItemId!, s => s.ListingId, cancellationToken);
        var skus = orders.SelectMany(o => o.Lines).Select(l => l.Sku).OfType<string>().Distinct().ToList();
        var bySku = await db.Listings.Where(l => l.ShopId == shopId && skus.Contains(l.Sku)).ToDictionaryAsync(l => l.Sku, l => l.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = new List<Order>();
        var recounted = new List<(Order Order, int Sign)>();
        // The same order may come twice in a batch spanning pages (updated while paging): its latest state wins.
        foreach (var o in orders.GroupBy(o => o.ExternalId).Select(g => g.Last()))
        {
            if (known.TryGetValue(o.ExternalId, out var existing))
            {
                if (existing.Status != o.Status)
                {
                    // A cancellation or return after import leaves the roll-ups; a reinstated order comes back.
                    if (OrderRules.CountsAsRevenue(existing.Status) != OrderRules.CountsAsRevenue(o.Status))
                    {
                        recounted.Add((existing, OrderRules.CountsAsRevenue(o.Status) ? 1 : -1));
                    }

                    existing.Status = o.Status;
                    existing.UpdatedAt = now;
                }

                continue;
            }

            var order = new Order
            {
                ShopId = shopId,
                Channel = channel,
                ExternalId = o.ExternalId,
                Code = CodePrefix(marketplace) + o.ExternalId[..Math.Min(o.ExternalId.Length, 18)],
                Status = o.Status,
                // Only an order the marketplace says was prepaid counts as paid; unknown stays unpaid.
                PaymentStatus = o.CashOnDelivery == false ? PaymentStatus.Paid : PaymentStatus.Unpaid,
                BuyerName = string.IsNullOrWhiteSpace(o.BuyerName) ? "Khách " + OrderText.Of(channel) : o.BuyerName,
                PlacedAt = o.PlacedAt,
                UpdatedAt = now,
            };
            order.Lines.AddRange(o.Lines.Select(l => new OrderLine
            {
                ListingId = byItem.TryGetValue(l.ItemId, out var listingId) ? listingId
                    : l.Sku is not null && bySku.TryGetValue(l.Sku, out var skuListingId) ? skuListingId : null,
                Title = l.Title.Length > 120 ? l.Title[..120] : l.Title,
                UnitPriceVnd = l.UnitPriceVnd,
                Quantity = l.Quantity,
            }));
            order.TotalVnd = o.TotalVnd > 0 ? o.TotalVnd : order.Lines.Sum(l => l.LineTotalVnd);
            fresh.Add(order);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportedOrderWriter.InsertAsync(db, shopId, fresh, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // One roll-up write per day of the batch, not per order: a page of orders mostly shares a few days.
        var counted = fresh.Where(o => OrderRules.CountsAsRevenue(o.Status))
            .Select(o => (o.PlacedAt, Sign: 1, o.TotalVnd, Items: o.Lines.Sum(l => l.Quantity)))
            .ToList();
        foreach (var (order, sign) in recounted)
        {
            var items = await db.OrderLines.Where(l => l.OrderId == order.Id).SumAsync(l => l.Quantity, cancellationToken);
            counted.Add((order.PlacedAt, sign, order.TotalVnd, items));
        }

        foreach (var day in counted.GroupBy(c => VietnamTime.Day(c.PlacedAt)))
        {
            await SalesRollupWriter.AddAsync(db, shopId, channel, day.First().PlacedAt, day.Sum(c => c.Sign), day.Sum(c => c.Sign * c.TotalVnd), day.Sum(c => c.Sign * c.Items), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    /// <summary>Our order code: a two-letter channel mark and the marketplace's number, as the farmer sees it there.</summary>
    private static string CodePrefix(Marketplace marketplace) => marketplace switch
    {
        Marketplace.Shopee => "SP",
        Marketplace.Lazada => "LZ",
        _ => "TT",
    };
}
