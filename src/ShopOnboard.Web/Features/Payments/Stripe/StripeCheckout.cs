using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using Stripe;
using Stripe.Checkout;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// Opens a Stripe Checkout page for a storefront order paid by card. Our order is created first, so a Stripe
/// outage never loses an order: the buyer lands on the order page and can try the card again from there.
/// </summary>
public sealed partial class StripeCheckout(ShopDbContext db, StripeApi stripe, TimeProvider clock, ILogger<StripeCheckout> logger)
{
    public const string Currency = "vnd";
    public const string OrderCodeKey = "order_code";

    public bool IsEnabled => stripe.IsEnabled;

    /// <param name="siteBase">The scheme and host Stripe sends the buyer back to, e.g. https://shop.example.vn.</param>
    /// <returns>The Checkout page's URL, or null when the order cannot (or no longer needs to) be paid by card.</returns>
    public async Task<string?> StartAsync(string code, string siteBase, CancellationToken cancellationToken)
    {
        if (!stripe.IsEnabled)
        {
            return null;
        }

        var order = await db.Orders.Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Code == code && o.Channel == SalesChannel.Storefront, cancellationToken);
        if (order is null || !NeedsCardPayment(order))
        {
            return null;
        }

        var sessions = new SessionService(stripe.Client);
        try
        {
            if (order.StripeCheckoutSessionId is { } previous)
            {
                // A buyer who comes back within the session's lifetime continues where they left off.
                var open = await sessions.GetAsync(previous, cancellationToken: cancellationToken);
                if (open.Status == "open" && open.Url is not null)
                {
                    return open.Url;
                }
            }

            // The same key for the same attempt: a double click or a network retry gets the same session.
            var attempt = order.StripeCheckoutSessionId ?? "first";
            var session = await sessions.CreateAsync(
                SessionFor(order, siteBase.TrimEnd('/')),
                new RequestOptions { IdempotencyKey = $"checkout-{order.Code}-{attempt}" },
                cancellationToken);
            order.StripeCheckoutSessionId = session.Id;
            order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return session.Url;
        }
        catch (StripeException problem)
        {
            LogFailed(logger, order.Code, problem.StripeError?.Type, problem.Message);
            return null;
        }
    }

    public static bool NeedsCardPayment(Order order) =>
        order.PaymentMethod == PaymentMethod.Card && order.PaymentStatus == PaymentStatus.Unpaid && order.Status != OrderStatus.Cancelled;

    /// <summary>VND has no minor unit at Stripe: unit_amount is whole đồng, exactly our prices.</summary>
    internal static SessionCreateOptions SessionFor(Order order, string siteBase)
    {
        var orderPage = $"{siteBase}/orders/{Uri.EscapeDataString(order.Code)}";
        return new SessionCreateOptions
        {
            Mode = "payment",
            Locale = "vi",
            ClientReferenceId = order.Code,
            Metadata = new Dictionary<string, string> { [OrderCodeKey] = order.Code },
            SuccessUrl = orderPage + "?paid=card",
            CancelUrl = orderPage,
            LineItems = order.Lines.OrderBy(l => l.Id).Select(line => new SessionLineItemOptions
            {
                Quantity = line.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = Currency,
                    UnitAmount = line.UnitPriceVnd,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = line.Title },
                },
            }).ToList(),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe Checkout for order {Code} failed: {Type} {Message}")]
    private static partial void LogFailed(ILogger logger, string code, string? type, string message);
}
