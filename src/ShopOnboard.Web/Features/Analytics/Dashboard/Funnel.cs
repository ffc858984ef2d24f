namespace ShopOnboard.Web.Features.Analytics.Dashboard;

/// <summary>
/// The onboarding funnel of a unit and everything under it: households → visited → shop → payment account →
/// first listing → first order → repeat seller. Defined once, in <see cref="Snapshots.VillageFigures"/>, for the
/// team's village page and the reviewers' dashboard, so the two never show different numbers for a village.
/// </summary>
public sealed record Funnel(int Households, int Visited, int ShopCreated, int PaymentAccount, int FirstListing, int FirstOrder, int RepeatSeller)
{
    public IEnumerable<(string Label, int Count)> Steps =>
    [
        ("Hộ gia đình", Households),
        ("Đã đến thăm", Visited),
        ("Đã mở cửa hàng", ShopCreated),
        ("Có tài khoản nhận tiền", PaymentAccount),
        ("Có sản phẩm đầu tiên", FirstListing),
        ("Có đơn hàng đầu tiên", FirstOrder),
        ("Bán hàng thường xuyên", RepeatSeller),
    ];
}
