namespace ShopOnboard.Web.Features.Shops;

/// <summary>The Vietnamese words for a shop's status; English comes from the resource file.</summary>
public static class ShopStatusText
{
    public static string Of(ShopStatus status) => status switch
    {
        ShopStatus.Onboarding => "Đang thiết lập",
        ShopStatus.Active => "Đang bán",
        ShopStatus.Suspended => "Tạm dừng",
        ShopStatus.Closed => "Đã đóng",
        _ => status.ToString(),
    };
}
