using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>The few fields a first listing needs; the full editor comes with the listings feature.</summary>
public sealed class FirstListingForm
{
    public const long MinPrice = 1_000;
    public const long MaxPrice = 180_000_000;

    public static readonly string[] Categories = ["Trái cây", "Rau củ", "Dược liệu", "Đặc sản", "Thủ công mỹ nghệ", "Dịch vụ du lịch"];
    public static readonly string[] Units = ["kg", "hộp", "túi", "chai", "bó", "gói", "đêm"];

    [Required(ErrorMessage = "Hãy nhập tên sản phẩm.")]
    [StringLength(120, MinimumLength = 10, ErrorMessage = "Tên sản phẩm từ 10 đến 120 ký tự (yêu cầu của các sàn).")]
    [Display(Name = "Tên sản phẩm")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn loại sản phẩm.")]
    [Display(Name = "Loại sản phẩm")]
    public string Category { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn đơn vị bán.")]
    [Display(Name = "Đơn vị")]
    public string Unit { get; set; } = "kg";

    [Range(MinPrice, MaxPrice, ErrorMessage = "Giá từ 1.000 ₫ đến 180.000.000 ₫.")]
    [Display(Name = "Giá (đồng)")]
    public long PriceVnd { get; set; }

    [Range(0, 100_000, ErrorMessage = "Số lượng từ 0 đến 100.000.")]
    [Display(Name = "Số lượng có sẵn")]
    public int Stock { get; set; }

    [Range(1, 50_000, ErrorMessage = "Khối lượng đóng gói từ 1 g đến 50 kg.")]
    [Display(Name = "Khối lượng đóng gói (gam)")]
    public int WeightGrams { get; set; } = 1000;
}
