using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Payments;

public sealed class PaymentAccountForm
{
    [Required(ErrorMessage = "Hãy chọn ngân hàng.")]
    [Display(Name = "Ngân hàng")]
    public string BankBin { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập số tài khoản.")]
    [StringLength(19, MinimumLength = 4, ErrorMessage = "Số tài khoản từ 4 đến 19 ký tự.")]
    [RegularExpression("^[0-9A-Za-z]+$", ErrorMessage = "Số tài khoản chỉ gồm chữ số (ví điện tử có thể có chữ cái), không dấu cách.")]
    [Display(Name = "Số tài khoản")]
    public string AccountNumber { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên chủ tài khoản.")]
    [StringLength(70, ErrorMessage = "Tên chủ tài khoản tối đa 70 ký tự.")]
    [Display(Name = "Tên chủ tài khoản (như trên thẻ)")]
    public string HolderName { get; set; } = "";

    /// <summary>Text of the farmer's own VietQR code, read by the phone's scanner or pasted.</summary>
    [StringLength(512)]
    [Display(Name = "Nội dung mã VietQR")]
    public string? ScannedPayload { get; set; }
}
