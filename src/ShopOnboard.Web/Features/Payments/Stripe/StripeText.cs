namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>The card feature's Vietnamese messages (resource keys) that are not written in a view.</summary>
public static class StripeText
{
    public const string CardsOff = "Cửa hàng chưa nhận thanh toán bằng thẻ.";
    public const string NothingToRefund = "Đơn này không có khoản thanh toán thẻ để hoàn.";
    public const string RefundFailed = "Stripe chưa hoàn được tiền. Hãy thử lại sau.";
    public const string CannotStart = "Chưa mở được trang thanh toán thẻ. Hãy thử lại sau.";
}
