namespace ShopOnboard.Web.Features.Households;

/// <summary>The Vietnamese words for what was done on a visit.</summary>
public static class VisitActivityText
{
    public static readonly (VisitActivities Activity, string Text)[] All =
    [
        (VisitActivities.InstalledApp, "Cài ứng dụng"),
        (VisitActivities.OpenedEPaymentAccount, "Mở tài khoản thanh toán điện tử"),
        (VisitActivities.CreatedShop, "Mở cửa hàng số"),
        (VisitActivities.UpdatedShop, "Cập nhật cửa hàng"),
        (VisitActivities.TrainedTakingOrders, "Hướng dẫn nhận đơn"),
        (VisitActivities.TrainedPacking, "Hướng dẫn đóng gói"),
        (VisitActivities.TrainedPhotos, "Hướng dẫn chụp ảnh sản phẩm"),
        (VisitActivities.TrainedPayments, "Hướng dẫn nhận tiền"),
    ];

    public static IEnumerable<string> Of(VisitActivities activities) =>
        All.Where(a => activities.HasFlag(a.Activity)).Select(a => a.Text);
}
