using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.Web.Features.Admin;

/// <summary>The roles as people in the programme call them.</summary>
public static class RoleText
{
    public static string Of(string role) => role switch
    {
        Roles.Admin => "Quản trị hệ thống",
        Roles.Reviewer => "Cán bộ theo dõi (tỉnh, huyện, xã)",
        Roles.TeamMember => "Thành viên Tổ công nghệ số",
        Roles.ShopOwner => "Chủ cửa hàng số",
        _ => role,
    };
}
