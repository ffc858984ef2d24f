namespace ShopOnboard.Web.Infrastructure.Authorization;

/// <summary>
/// The names every controller action states in <c>[Authorize(Policy = ...)]</c>. Admins pass every policy.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = nameof(SignedIn);

    public const string Admin = nameof(Admin);

    /// <summary>Team members (and admins): pages listing what is in their own scope.</summary>
    public const string TeamMember = nameof(TeamMember);

    /// <summary>Reviewers (and admins): dashboards of their own scope.</summary>
    public const string Reviewer = nameof(Reviewer);

    /// <summary>Farmers who own a shop (and admins).</summary>
    public const string ShopOwner = nameof(ShopOwner);

    /// <summary>
    /// The route's <c>{shopId}</c> is the user's own shop, or a shop in a village the team member covers.
    /// A shop outside answers 404: we do not confirm that it exists.
    /// </summary>
    public const string ManageShop = nameof(ManageShop);

    /// <summary>The route's <c>{householdId}</c> lives in a village the team member covers; otherwise 404.</summary>
    public const string ManageHousehold = nameof(ManageHousehold);

    /// <summary>The route's <c>{unitId}</c> lies within the team member's villages; otherwise 404.</summary>
    public const string WorkInUnit = nameof(WorkInUnit);

    /// <summary>The route's <c>{unitId}</c> lies within a unit the reviewer covers; otherwise 404.</summary>
    public const string ReviewUnit = nameof(ReviewUnit);
}
