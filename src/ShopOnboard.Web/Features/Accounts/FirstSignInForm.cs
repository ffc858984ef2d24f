using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Accounts;

public sealed class FirstSignInForm
{
    [Required(ErrorMessage = "Hãy nhập số điện thoại.")]
    [StringLength(20)]
    [Display(Name = "Số điện thoại")]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mã 6 số trên phiếu.")]
    [StringLength(6, MinimumLength = 6, ErrorMessage = "Mã gồm 6 chữ số.")]
    [Display(Name = "Mã dùng một lần")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Hãy đặt mật khẩu.")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Mật khẩu ít nhất 8 ký tự, có ít nhất một chữ số.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "Hai mật khẩu không giống nhau.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu")]
    public string ConfirmPassword { get; set; } = "";
}
