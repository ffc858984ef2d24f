using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Accounts;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập hoặc số điện thoại.")]
    [StringLength(64)]
    [Display(Name = "Tên đăng nhập hoặc số điện thoại")]
    public string Login { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    [Display(Name = "Ghi nhớ trên máy này")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
