using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Shops;

public sealed class ShopProfileForm
{
    [Required(ErrorMessage = "Hãy nhập tên cửa hàng.")]
    [StringLength(120, MinimumLength = 3, ErrorMessage = "Tên cửa hàng từ 3 đến 120 ký tự.")]
    [Display(Name = "Tên cửa hàng")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Hãy viết vài câu giới thiệu cửa hàng.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Giới thiệu từ 10 đến 2000 ký tự.")]
    [Display(Name = "Giới thiệu")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập số điện thoại (Zalo) của cửa hàng.")]
    [StringLength(20)]
    [Display(Name = "Số điện thoại / Zalo")]
    public string Phone { get; set; } = "";
}
