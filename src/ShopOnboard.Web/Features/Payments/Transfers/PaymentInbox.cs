using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Payments.Transfers;

public sealed record InboxRow(int PaymentId, DateTime ReceivedAt, long AmountVnd, string? TransferText, PaymentMatch Match, string? OrderCode, long? OrderTotalVnd);

public sealed record OpenOrder(string Code, long TotalVnd, string BuyerName);

public enum ManualMatchResult
{
    Done,
    PaymentNotFound,
    OrderNotFound,
}

/// <summary>
/// Transfers a person has to look at: no order found in the text, or the amount is short or over. Matching
/// one by hand is audited, and it leaves the inbox.
/// </summary>
public sealed class PaymentInbox(ShopDbContext db, AuditLog audit, TimeProvider clock)
{
    public Task<List<InboxRow>> ListAsync(int shopId, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking()
            .Where(p => p.PaymentAccount!.ShopId == shopId && p.ReviewedAt == null && p.Match != PaymentMatch.Matched)
            .OrderByDescending(p => p.ReceivedAt)
            .Take(200)
            .Select(p => new InboxRow(p.Id, p.ReceivedAt, p.AmountVnd, p.TransferText, p.Match,
                p.Order == null ? null : p.Order.Code, p.Order == null ? null : p.Order.TotalVnd))
            .ToListAsync(cancellationToken);

    /// <summary>Orders still waiting for money, newest first: the likely answers when matching by hand.</summary>
    public Task<List<OpenOrder>> OpenOrdersAsync(int shopId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking()
            .Where(o => o.ShopId == shopId && o.PaymentStatus == PaymentStatus.Unpaid
                && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .OrderByDescending(o => o.PlacedAt)
            .Take(100)
            .Select(o => new OpenOrder(o.Code, o.TotalVnd, o.BuyerName))
            .ToListAsync(cancellationToken);

    public async Task<ManualMatchResult> MatchAsync(int shopId, int paymentId, string? orderCode, string? userId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.Include(p => p.Order)
            .FirstOrDefaultAsync(p => p.Id == paymentId && p.PaymentAccount!.ShopId == shopId, cancellationToken);
        if (payment is null)
        {
            return ManualMatchResult.PaymentNotFound;
        }

        var order = await FindOrderAsync(shopId, orderCode, cancellationToken);
        if (order is null)
        {
            return ManualMatchResult.OrderNotFound;
        }

        var before = new { payment.OrderId, OrderCode = payment.Order?.Code, Match = payment.Match.ToString() };
        var now = clock.GetUtcNow().UtcDateTime;
        if (payment.Order is { } previous && previous.Id != order.Id)
        {
            await ReleaseAsync(previous, payment, now, cancellationToken);
        }

        var alreadyPaid = await db.Payments.Where(p => p.OrderId == order.Id && p.Id != payment.Id).SumAsync(p => p.AmountVnd, cancellationToken);
        payment.OrderId = order.Id;
        payment.Match = PaymentJudge.Judge(order, alreadyPaid, payment.AmountVnd);
        PaymentJudge.Settle(order, payment.Match, now);
        payment.ReviewedAt = now;
        payment.ReviewedByUserId = userId;
        audit.Record("payment.match", "Payment", payment.Id, order.Shop.Village.Path, before,
            new { OrderId = (int?)order.Id, OrderCode = order.Code, Match = payment.Match.ToString(), OrderPaymentStatus = order.PaymentStatus.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return ManualMatchResult.Done;
    }

    /// <summary>The order the transfer was wrongly matched to is unpaid again if it was this money that paid it.</summary>
    private async Task ReleaseAsync(Order previous, Payment payment, DateTime now, CancellationToken cancellationToken)
    {
        if (previous.PaymentStatus != PaymentStatus.Paid)
        {
            return;
        }

        var others = await db.Payments.Where(p => p.OrderId == previous.Id && p.Id != payment.Id).SumAsync(p => p.AmountVnd, cancellationToken);
        if (others >= previous.TotalVnd)
        {
            return;
        }

        previous.PaymentStatus = PaymentStatus.Unpaid;
        previous.UpdatedAt = now;
        var path = await db.Shops.Where(s => s.Id == previous.ShopId).Select(s => s.Village.Path).FirstAsync(cancellationToken);
        audit.Record("order.payment", "Order", previous.Id, path,
            new { PaymentStatus = nameof(PaymentStatus.Paid) }, new { PaymentStatus = nameof(PaymentStatus.Unpaid), MovedPaymentId = payment.Id });
    }

    /// <summary>The code as typed ("dh 1234", "DH001234"), among this shop's orders only.</summary>
    private async Task<Order?> FindOrderAsync(int shopId, string? typed, CancellationToken cancellationToken)
    {
        var exact = new string(VietnameseText.Fold(typed).Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        var codes = OrderReference.CandidateCodes(typed).Append(exact).Where(c => c.Length > 0).Distinct().ToList();
        var orders = await db.Orders.Include(o => o.Shop).ThenInclude(s => s.Village)
            .Where(o => o.ShopId == shopId && codes.Contains(o.Code))
            .ToListAsync(cancellationToken);
        return orders.FirstOrDefault(o => o.Code == exact) ?? (orders.Count == 1 ? orders[0] : null);
    }
}
