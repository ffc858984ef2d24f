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
}
