using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments.Transfers;
using Stripe;
using Stripe.Checkout;

namespace ShopOnboard.Web.Features.Payments.Stripe;

public enum StripeOutcome
{
    Recorded,
    Duplicate,
    Ignored,
}

/// <summary>
/// Turns a verified Checkout event into a card Payment on its order, once. The event id is stored in the same
/// transaction as the payment, and (Provider, ProviderTransactionId) is unique too, so concurrent or repeated
/// deliveries record one payment; the order moves to Paid by the same judge as bank transfers.
/// </summary>
public sealed partial class StripePaymentRecorder(ShopDbContext db, AuditLog audit, TimeProvider clock, ILogger<StripePaymentRecorder> logger)
{
    public const string Provider = "stripe";

    public async Task<StripeOutcome> RecordAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        if (stripeEvent.Type is not (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded)
            || stripeEvent.Data?.Object is not Session session)
        {
            return StripeOutcome.Ignored;
        }

        try
        {
            // SQL Server retries transient failures; a retried unit of work must start from a clean context.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(ct => RecordOnceAsync(stripeEvent, session, ct), cancellationToken);
        }
        catch (DbUpdateException problem) when (BankTransferRecorder.IsUniqueViolation(problem))
        {
            db.ChangeTracker.Clear();
            return StripeOutcome.Duplicate;
        }
    }

    private async Task<StripeOutcome> RecordOnceAsync(Event stripeEvent, Session session, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // On SQLite this takes the write lock first (BEGIN IMMEDIATE), so deliveries queue instead of racing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.StripeEvents.AnyAsync(e => e.Id == stripeEvent.Id, cancellationToken))
        {
            return StripeOutcome.Duplicate;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.StripeEvents.Add(new StripeEvent { Id = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAt = now });

        // "completed" with payment_status "unpaid" is a delayed method still on its way: async_payment_succeeded follows.
        var transactionId = session.PaymentIntentId ?? session.Id;
        if (session.PaymentStatus == "paid"
            && !await db.Payments.AnyAsync(p => p.Provider == Provider && p.ProviderTransactionId == transactionId, cancellationToken))
        {
            await AddPaymentAsync(session, transactionId, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StripeOutcome.Recorded;
    }

    private async Task AddPaymentAsync(Session session, string transactionId, DateTime now, CancellationToken cancellationToken)
    {
        var code = session.ClientReferenceId ?? session.Metadata?.GetValueOrDefault(StripeCheckout.OrderCodeKey);
        var order = code is null ? null : await db.Orders.Include(o => o.Shop).ThenInclude(s => s.Village)
            .FirstOrDefaultAsync(o => o.Code == code && o.Channel == SalesChannel.Storefront, cancellationToken);
        var amount = session.AmountTotal ?? 0;
        var payment = new Payment
        {
            OrderId = order?.Id,
            Method = PaymentMethod.Card,
            Provider = Provider,
            ProviderTransactionId = transactionId,
            AmountVnd = amount,
            TransferText = $"Stripe Checkout {session.Id}",
            Match = PaymentMatch.Unmatched,
            ReceivedAt = now,
        };

        // Amounts in another currency cannot be compared with a VND total: a person has to look at it.
        if (order is not null && session.Currency == StripeCheckout.Currency)
        {
            var alreadyPaid = await db.Payments.Where(p => p.OrderId == order.Id).SumAsync(p => p.AmountVnd, cancellationToken);
            payment.Match = PaymentJudge.Judge(order, alreadyPaid, amount);
            if (PaymentJudge.Settle(order, payment.Match, now))
            {
                audit.Record("order.payment", "Order", order.Id, order.Shop.Village.Path,
                    new { PaymentStatus = nameof(PaymentStatus.Unpaid) },
                    new { PaymentStatus = nameof(PaymentStatus.Paid), payment.Provider, payment.ProviderTransactionId, payment.AmountVnd });
            }
        }

        if (payment.Match != PaymentMatch.Matched)
        {
            LogNotMatched(logger, session.Id, code, payment.Match, session.Currency);
        }

        db.Payments.Add(payment);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe session {SessionId} for order {Code} recorded as {Match} ({Currency})")]
    private static partial void LogNotMatched(ILogger logger, string sessionId, string? code, PaymentMatch match, string? currency);
}
