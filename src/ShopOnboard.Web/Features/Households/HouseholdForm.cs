using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Households;

/// <summary>What a team member types for a household. Phone format and duplicates are checked by <see cref="HouseholdRegister"/>.</summary>
public sealed class HouseholdForm
{
    [Required(ErrorMessage = "Hãy nhập họ tên chủ hộ.")]
    [StringLength(120, ErrorMessage = "Họ tên tối đa 120 ký tự.")]
    [Display(Name = "Họ tên chủ hộ")]
    public string HeadName { get; set; } = "";

    [StringLength(20)]
    [Display(Name = "Số điện thoại")]
    public string? Phone { get; set; }

    [Range(1, 30, ErrorMessage = "Số nhân khẩu từ 1 đến 30.")]
    [Display(Name = "Số nhân khẩu")]
    public int MembersCount { get; set; } = 4;

    [StringLength(1000, ErrorMessage = "Ghi chú tối đa 1000 ký tự.")]
    [Display(Name = "Ghi chú")]
    public string? Notes { get; set; }

    [Display(Name = "Đã có cửa hàng số")]
    public bool HasDigitalShop { get; set; }

    [Display(Name = "Đã có tài khoản thanh toán điện tử")]
    public bool HasEPaymentAccount { get; set; }

    [Display(Name = "Đã được tập huấn")]
    public bool IsTrained { get; set; }

    public static HouseholdForm From(Household household) => new()
    {
        HeadName = household.HeadName,
        Phone = household.Phone,
        MembersCount = household.MembersCount,
        Notes = household.Notes,
        HasDigitalShop = household.HasDigitalShop,
        HasEPaymentAccount = household.HasEPaymentAccount,
        IsTrained = household.IsTrained,
    };
}
