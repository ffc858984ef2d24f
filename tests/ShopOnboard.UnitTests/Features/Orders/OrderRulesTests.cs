using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.UnitTests.Features.Orders;

public class OrderRulesTests
{
    [Theory]
    [InlineData(OrderStatus.New, OrderStatus.Confirmed)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Packed)]
    [InlineData(OrderStatus.Packed, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Delivered)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Completed)]
    [InlineData(OrderStatus.New, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Packed, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Returned)]
    public void CanMove_HappyPathAndExits_Allowed(OrderStatus from, OrderStatus to) => Assert.True(OrderRules.CanMove(from, to));

    [Theory]
    [InlineData(OrderStatus.New, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Completed, OrderStatus.New)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Confirmed)]
    [InlineData(OrderStatus.Returned, OrderStatus.Completed)]
    [InlineData(OrderStatus.New, OrderStatus.Returned)]
    public void CanMove_SkipsAndReversals_Refused(OrderStatus from, OrderStatus to) => Assert.False(OrderRules.CanMove(from, to));

    [Fact]
    public void CanMove_Payment_OnlyForwardAndRefundAfterMoney()
    {
        Assert.True(OrderRules.CanMove(PaymentStatus.Unpaid, PaymentStatus.Paid));
        Assert.True(OrderRules.CanMove(PaymentStatus.CashCollected, PaymentStatus.Refunded));
        Assert.False(OrderRules.CanMove(PaymentStatus.Unpaid, PaymentStatus.Refunded));
        Assert.False(OrderRules.CanMove(PaymentStatus.Refunded, PaymentStatus.Paid));
    }

    [Fact]
    public void HoldsStock_FromConfirmationUntilCancelled()
    {
        Assert.False(OrderRules.HoldsStock(OrderStatus.New));
        Assert.True(OrderRules.HoldsStock(OrderStatus.Confirmed));
        Assert.True(OrderRules.HoldsStock(OrderStatus.Completed));
        Assert.False(OrderRules.HoldsStock(OrderStatus.Cancelled));
    }

    [Fact]
    public void AllowedFrom_EveryStatus_HasAnEntry() =>
        Assert.All(Enum.GetValues<OrderStatus>(), status => Assert.NotNull(OrderRules.AllowedFrom(status)));
}
