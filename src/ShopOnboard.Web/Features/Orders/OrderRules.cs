namespace ShopOnboard.Web.Features.Orders;

/// <summary>
/// Which order and payment changes are allowed. new → confirmed → packed → shipped → delivered → completed,
/// cancelled before shipping, returned after it; payment status moves on its own track.
/// </summary>
public static class OrderRules
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.New] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Confirmed] = [OrderStatus.Packed, OrderStatus.Cancelled],
        [OrderStatus.Packed] = [OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Returned],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.Returned],
        [OrderStatus.Completed] = [],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Returned] = [],
    };

    private static readonly Dictionary<PaymentStatus, PaymentStatus[]> NextPayment = new()
    {
        [PaymentStatus.Unpaid] = [PaymentStatus.Paid, PaymentStatus.CashCollected],
        [PaymentStatus.Paid] = [PaymentStatus.Refunded],
        [PaymentStatus.CashCollected] = [PaymentStatus.Refunded],
        [PaymentStatus.Refunded] = [],
    };

    public static IReadOnlyList<OrderStatus> AllowedFrom(OrderStatus status) => Next[status];

    public static bool CanMove(OrderStatus from, OrderStatus to) => Next[from].Contains(to);

    public static bool CanMove(PaymentStatus from, PaymentStatus to) => NextPayment[from].Contains(to);

    public static IReadOnlyList<PaymentStatus> AllowedFrom(PaymentStatus status) => NextPayment[status];

    /// <summary>Stock is held from confirmation until the order is cancelled (returns come back by hand).</summary>
    public static bool HoldsStock(OrderStatus status) => status is OrderStatus.Confirmed or OrderStatus.Packed or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed;

    /// <summary>Cancelled and returned orders are not revenue.</summary>
    public static bool CountsAsRevenue(OrderStatus status) => status is not (OrderStatus.Cancelled or OrderStatus.Returned);
}
