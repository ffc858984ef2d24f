using System.ComponentModel.DataAnnotations;
using ShopOnboard.Web.Features.Payments;

namespace ShopOnboard.Web.Features.Storefront;

public sealed class CheckoutForm
{
    [Required(ErrorMessage = "Hãy nhập họ tên người nhận.")]
    [StringLength(120)]
    [Display(Name = "Họ tên người nhận")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập số điện thoại.")]
    [StringLength(20)]
    [Display(Name = "Số điện thoại")]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "Hãy chọn tỉnh, thành phố.")]
    [Display(Name = "Tỉnh, thành phố")]
    public string Province { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập xã, phường.")]
    [StringLength(80)]
    [Display(Name = "Xã, phường")]
    public string Commune { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập số nhà, đường, thôn.")]
    [StringLength(150)]
    [Display(Name = "Số nhà, đường, thôn")]
    public string Street { get; set; } = "";

    [StringLength(500)]
    [Display(Name = "Ghi chú cho người bán")]
    public string? Note { get; set; }

    [Display(Name = "Cách thanh toán")]
    public PaymentMethod Payment { get; set; } = PaymentMethod.BankTransfer;

    public string Address => $"{Street.Trim()}, {Commune.Trim()}, {Province}";
}
