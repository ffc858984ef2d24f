using Microsoft.AspNetCore.Authorization;

namespace ShopOnboard.Web.Infrastructure.Authorization;

/// <summary>A requirement about one record named in the route. Failing it answers 404, not 403.</summary>
public interface IScopeRequirement : IAuthorizationRequirement;

public sealed class ManageShopRequirement : IScopeRequirement;

public sealed class ReviewUnitRequirement : IScopeRequirement;

/// <summary>Checks <see cref="ManageShopRequirement"/> against the route's <c>{shopId}</c>.</summary>
internal sealed class ManageShopHandler(AccessScope scope) : AuthorizationHandler<ManageShopRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ManageShopRequirement requirement)
    {
        if (RouteId(context, "shopId") is { } shopId && await scope.CanManageShopAsync(context.User, shopId))
        {
            context.Succeed(requirement);
        }
    }

    internal static int? RouteId(AuthorizationHandlerContext context, string name) =>
        context.Resource is HttpContext http
        && int.TryParse(http.GetRouteValue(name)?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}

/// <summary>Checks <see cref="ReviewUnitRequirement"/> against the route's <c>{unitId}</c>.</summary>
internal sealed class ReviewUnitHandler(AccessScope scope) : AuthorizationHandler<ReviewUnitRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ReviewUnitRequirement requirement)
    {
        if (ManageShopHandler.RouteId(context, "unitId") is { } unitId && await scope.CanReviewUnitAsync(context.User, unitId))
        {
            context.Succeed(requirement);
        }
    }
}
