using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>Everything a listing has that a team member or farmer types. Checked again by <see cref="ListingEditor"/>.</summary>
public sealed class ListingForm
{
    public const long MinPrice = 1_000;
    public const long MaxPrice = 180_000_000;

    /// <summary>TikTok Shop wants at least 25 characters (VN), Shopee at most 120: the range every marketplace takes.</summary>
    public const int TitleMin = 25;
    public const int TitleMax = 120;

    [Required(ErrorMessage = "Hãy nhập tên sản phẩm.")]
    [StringLength(TitleMax, MinimumLength = TitleMin, ErrorMessage = "Tên sản phẩm từ 25 đến 120 ký tự để đăng được trên mọi sàn.")]
    [Display(Name = "Tên sản phẩm")]
    public string Title { get; set; } = "";

    [StringLength(5000, ErrorMessage = "Mô tả tối đa 5000 ký tự.")]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Hãy chọn loại sản phẩm.")]
    [Display(Name = "Loại sản phẩm")]
    public string Category { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn đơn vị bán.")]
    [Display(Name = "Đơn vị")]
    public string Unit { get; set; } = "kg";

    [Range(MinPrice, MaxPrice, ErrorMessage = "Giá từ 1.000 ₫ đến 180.000.000 ₫.")]
    [Display(Name = "Giá (đồng)")]
    public long PriceVnd { get; set; }

    [Range(MinPrice, MaxPrice, ErrorMessage = "Giá gốc từ 1.000 ₫ đến 180.000.000 ₫.")]
    [Display(Name = "Giá gốc trước giảm (không bắt buộc)")]
    public long? CompareAtPriceVnd { get; set; }

    [Range(0, 100_000, ErrorMessage = "Số lượng từ 0 đến 100.000.")]
    [Display(Name = "Số lượng có sẵn")]
    public int Stock { get; set; }

    [Range(1, 50_000, ErrorMessage = "Khối lượng đóng gói từ 1 g đến 50 kg.")]
    [Display(Name = "Khối lượng đóng gói (gam)")]
    public int WeightGrams { get; set; } = 1000;

    [StringLength(120)]
    [Display(Name = "Xuất xứ")]
    public string? Origin { get; set; }

    [Display(Name = "Sao OCOP")]
    public byte? OcopStars { get; set; }

    [Display(Name = "Đạt VietGAP")]
    public bool IsVietGap { get; set; }

    [Display(Name = "Hữu cơ")]
    public bool IsOrganic { get; set; }

    /// <summary>Months 1–12 in which the product is harvested.</summary>
    public List<int> HarvestMonths { get; set; } = [];

    [Display(Name = "Trạng thái")]
    public ListingStatus Status { get; set; } = ListingStatus.Draft;

    [StringLength(40)]
    [RegularExpression("^[A-Za-z0-9_-]*$", ErrorMessage = "Mã SKU chỉ gồm chữ không dấu, số, gạch ngang; để trống để tạo tự động.")]
    [Display(Name = "Mã SKU (để trống để tạo tự động)")]
    public string? Sku { get; set; }

    public static ListingForm From(Listing listing) => new()
    {
        Title = listing.Title,
        Description = listing.Description,
        Category = listing.Category,
        Unit = listing.Unit,
        PriceVnd = listing.PriceVnd,
        CompareAtPriceVnd = listing.CompareAtPriceVnd,
        Stock = listing.Stock,
        WeightGrams = listing.WeightGrams,
        Origin = listing.Origin,
        OcopStars = listing.OcopStars,
        IsVietGap = listing.IsVietGap,
        IsOrganic = listing.IsOrganic,
        HarvestMonths = Enumerable.Range(1, 12).Where(m => (listing.HarvestMonths & (1 << (m - 1))) != 0).ToList(),
        Status = listing.Status,
        Sku = listing.Sku,
    };
}
