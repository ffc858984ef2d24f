using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Orders;
using Stripe;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// Gives a card payment back through Stripe, then moves the order to Refunded by the workflow's rules. Stripe
/// is asked first: the order only says "refunded" once Stripe has taken the refund.
/// </summary>
public sealed partial class StripeRefunds(ShopDbContext db, StripeApi stripe, OrderWorkflow workflow, AuditLog audit, ILogger<StripeRefunds> logger)
{
    public async Task<OrderProblem?> RefundAsync(int shopId, int orderId, CancellationToken cancellationToken)
    {
        if (!stripe.IsEnabled)
        {
            return new OrderProblem(StripeText.CardsOff);
        }

        var order = await db.Orders.Include(o => o.Shop).ThenInclude(s => s.Village)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.ShopId == shopId, cancellationToken);
        if (order is null)
        {
            return new OrderProblem("Không tìm thấy đơn hàng.");
        }

        if (!CanRefund(order.PaymentMethod, order.PaymentStatus))
        {
            return new OrderProblem(StripeText.NothingToRefund);
        }

        // Only a payment intent can be refunded; a session id stands in only when Stripe sent none.
        var paymentIntent = await db.Payments
            .Where(p => p.OrderId == order.Id && p.Provider == StripePaymentRecorder.Provider && p.ProviderTransactionId.StartsWith("pi_"))
            .OrderBy(p => p.Id).Select(p => p.ProviderTransactionId).FirstOrDefaultAsync(cancellationToken);
        if (paymentIntent is null)
        {
            return new OrderProblem(StripeText.NothingToRefund);
        }

        Refund refund;
        try
        {
            // One refund per payment intent, however often the button is pressed.
            refund = await new RefundService(stripe.Client).CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = paymentIntent,
                    Reason = "requested_by_customer",
                    Metadata = new Dictionary<string, string> { [StripeCheckout.OrderCodeKey] = order.Code },
                },
                new RequestOptions { IdempotencyKey = $"refund-{paymentIntent}" },
                cancellationToken);
        }
        catch (StripeException problem)
        {
            LogFailed(logger, order.Code, problem.StripeError?.Code, problem.Message);
            return new OrderProblem(StripeText.RefundFailed);
        }

        if (refund.Status is "failed" or "canceled")
        {
            LogFailed(logger, order.Code, refund.Status, refund.Id);
            return new OrderProblem(StripeText.RefundFailed);
        }

        // Saved together with the payment status change below: same DbContext, same SaveChanges.
        audit.Record("order.card-refund", "Order", order.Id, order.Shop.Village.Path, null,
            new { Refund = refund.Id, refund.Status, refund.Amount, PaymentIntent = paymentIntent });
        return await workflow.SetPaymentAsync(shopId, orderId, PaymentStatus.Refunded, cancellationToken);
    }

    public static bool CanRefund(PaymentMethod? method, PaymentStatus status) =>
        method == PaymentMethod.Card && status == PaymentStatus.Paid && OrderRules.CanMove(status, PaymentStatus.Refunded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refund for order {Code} failed: {Reason} {Detail}")]
    private static partial void LogFailed(ILogger logger, string code, string? reason, string detail);
}
