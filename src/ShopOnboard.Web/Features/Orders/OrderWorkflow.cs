using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Audit;

namespace ShopOnboard.Web.Features.Orders;

/// <summary>
/// Moves orders through their life. Confirming holds the stock with a conditional update
/// (<c>Stock = Stock - n WHERE Stock &gt;= n</c>), so of two orders for the last unit exactly one can be
/// confirmed; cancelling gives it back. Every change is audited and keeps the daily roll-up right.
/// </summary>
public sealed class OrderWorkflow(ShopDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <returns>Null when done, otherwise the reason.</returns>
    public async Task<OrderProblem?> MoveAsync(int shopId, int orderId, OrderStatus to, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Shop).ThenInclude(s => s.Village)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.ShopId == shopId, cancellationToken);
        if (order is null)
        {
            return new OrderProblem("Không tìm thấy đơn hàng.");
        }

        var from = order.Status;
        if (!OrderRules.CanMove(from, to))
        {
            return new OrderProblem("Không thể chuyển đơn hàng sang trạng thái này.");
        }

        if (!OrderRules.HoldsStock(from) && OrderRules.HoldsStock(to))
        {
            foreach (var line in order.Lines.Where(l => l.ListingId is not null))
            {
                var held = await db.Listings
                    .Where(l => l.Id == line.ListingId && l.Stock >= line.Quantity)
                    .ExecuteUpdateAsync(l => l.SetProperty(x => x.Stock, x => x.Stock - line.Quantity), cancellationToken);
                if (held == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new OrderProblem("Không đủ hàng cho \"{0}\" để xác nhận đơn.", line.Title);
                }
            }
        }
        else if (OrderRules.HoldsStock(from) && to == OrderStatus.Cancelled)
        {
            foreach (var line in order.Lines.Where(l => l.ListingId is not null))
            {
                await db.Listings.Where(l => l.Id == line.ListingId)
                    .ExecuteUpdateAsync(l => l.SetProperty(x => x.Stock, x => x.Stock + line.Quantity), cancellationToken);
            }
        }

        if (OrderRules.CountsAsRevenue(from) && !OrderRules.CountsAsRevenue(to))
        {
            await SalesRollupWriter.AddAsync(db, shopId, order.Channel, order.PlacedAt, -1, -order.TotalVnd, -order.Lines.Sum(l => l.Quantity), cancellationToken);
        }

        order.Status = to;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("order.status", "Order", order.Id, order.Shop.Village.Path, new { Status = from.ToString() }, new { Status = to.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<OrderProblem?> SetPaymentAsync(int shopId, int orderId, PaymentStatus to, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Shop).ThenInclude(s => s.Village)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.ShopId == shopId, cancellationToken);
        if (order is null)
        {
            return new OrderProblem("Không tìm thấy đơn hàng.");
        }

        var from = order.PaymentStatus;
        if (!OrderRules.CanMove(from, to))
        {
            return new OrderProblem("Không thể chuyển thanh toán sang trạng thái này.");
        }

        order.PaymentStatus = to;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("order.payment", "Order", order.Id, order.Shop.Village.Path, new { PaymentStatus = from.ToString() }, new { PaymentStatus = to.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

/// <summary>Why an order change was refused: a Vietnamese message (a resource key) and its arguments.</summary>
public sealed record OrderProblem(string Message, params string[] Args);
