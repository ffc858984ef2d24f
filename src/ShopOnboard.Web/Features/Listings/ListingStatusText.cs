namespace ShopOnboard.Web.Features.Listings;

public static class ListingStatusText
{
    public static string Of(ListingStatus status) => status switch
    {
        ListingStatus.Draft => "Nháp",
        ListingStatus.Active => "Đang bán",
        ListingStatus.OutOfSeason => "Hết mùa",
        ListingStatus.Archived => "Đã ẩn",
        _ => status.ToString(),
    };
}
