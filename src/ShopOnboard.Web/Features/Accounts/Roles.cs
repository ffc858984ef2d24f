namespace ShopOnboard.Web.Features.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Reviewer = "Reviewer";
    public const string TeamMember = "TeamMember";
    public const string ShopOwner = "ShopOwner";

    public static readonly string[] All = [Admin, Reviewer, TeamMember, ShopOwner];
}
