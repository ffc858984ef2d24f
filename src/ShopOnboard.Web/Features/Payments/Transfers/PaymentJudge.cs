using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>How a transfer compares with what the order still owes, and what that does to the order.</summary>
internal static class PaymentJudge
{
    /// <param name="alreadyPaid">Other transfers already matched to the order: a buyer who was short pays the rest later.</param>
    public static PaymentMatch Judge(Order order, long alreadyPaid, long amount)
    {
        if (order.PaymentStatus is not PaymentStatus.Unpaid)
        {
            // Paid, collected in cash or refunded already: this money is on top, someone has to give it back.
            return PaymentMatch.Overpaid;
        }

        var total = alreadyPaid + amount;
        return total == order.TotalVnd ? PaymentMatch.Matched
            : total < order.TotalVnd ? PaymentMatch.Underpaid
            : PaymentMatch.Overpaid;
    }

    /// <summary>
    /// The order counts as paid when the money covers it. Overpaid still ships (the buyer paid enough) but stays
    /// in the inbox to be refunded; underpaid does not ship.
    /// </summary>
    public static bool Settle(Order order, PaymentMatch match, DateTime now)
    {
        if (order.PaymentStatus != PaymentStatus.Unpaid || match is not (PaymentMatch.Matched or PaymentMatch.Overpaid))
        {
            return false;
        }

        order.PaymentStatus = PaymentStatus.Paid;
        order.UpdatedAt = now;
        return true;
    }
}
