using System.Globalization;

namespace ShopOnboard.Web.Features.Storefront;

public static class StoreText
{
    /// <summary>"Còn hàng", "Sắp hết" (fewer than five left) or "Hết hàng".</summary>
    public static string StockState(int stock) => stock switch
    {
        <= 0 => "Hết hàng",
        < 5 => "Sắp hết",
        _ => "Còn hàng",
    };

    /// <summary>Harvest months as numbers: "10, 11, 12, 1" (the bits of <c>Listing.HarvestMonths</c>).</summary>
    public static string Months(int bits) =>
        string.Join(", ", Enumerable.Range(1, 12).Where(m => (bits & (1 << (m - 1))) != 0).Select(m => m.ToString(CultureInfo.InvariantCulture)));
}
