namespace ShopOnboard.Web.Features.Orders;

/// <summary>The Vietnamese words for order states and channels; English comes from the resource file.</summary>
public static class OrderText
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.New => "Đơn mới",
        OrderStatus.Confirmed => "Đã xác nhận",
        OrderStatus.Packed => "Đã đóng gói",
        OrderStatus.Shipped => "Đang giao",
        OrderStatus.Delivered => "Đã giao",
        OrderStatus.Completed => "Hoàn tất",
        OrderStatus.Cancelled => "Đã huỷ",
        OrderStatus.Returned => "Bị trả lại",
        _ => status.ToString(),
    };

    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Unpaid => "Chưa thanh toán",
        PaymentStatus.Paid => "Đã thanh toán",
        PaymentStatus.CashCollected => "Đã thu tiền mặt",
        PaymentStatus.Refunded => "Đã hoàn tiền",
        _ => status.ToString(),
    };

    public static string Of(SalesChannel channel) => channel switch
    {
        SalesChannel.Storefront => "Cửa hàng số",
        SalesChannel.Manual => "Điện thoại/Zalo",
        SalesChannel.Shopee => "Shopee",
        SalesChannel.Lazada => "Lazada",
        SalesChannel.TikTokShop => "TikTok Shop",
        _ => channel.ToString(),
    };

    /// <summary>The button that moves an order to this status.</summary>
    public static string Action(OrderStatus to) => to switch
    {
        OrderStatus.Confirmed => "Xác nhận đơn",
        OrderStatus.Packed => "Đã đóng gói",
        OrderStatus.Shipped => "Đã gửi hàng",
        OrderStatus.Delivered => "Khách đã nhận hàng",
        OrderStatus.Completed => "Hoàn tất đơn",
        OrderStatus.Cancelled => "Huỷ đơn",
        OrderStatus.Returned => "Khách trả hàng",
        _ => Of(to),
    };

    public static string Action(PaymentStatus to) => to switch
    {
        PaymentStatus.Paid => "Đánh dấu đã nhận chuyển khoản",
        PaymentStatus.CashCollected => "Đã thu tiền mặt",
        PaymentStatus.Refunded => "Đã hoàn tiền cho khách",
        _ => Of(to),
    };
}
