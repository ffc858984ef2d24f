using Microsoft.AspNetCore.Authorization;

namespace ShopOnboard.Web.Infrastructure.Authorization;

/// <summary>Which record in the route a scope policy is about.</summary>
public enum ScopedRecord
{
    /// <summary>Route <c>{shopId}</c>: the owner, or a team member covering the shop's village.</summary>
    Shop,

    /// <summary>Route <c>{householdId}</c>: a team member covering the household's village.</summary>
    Household,

    /// <summary>Route <c>{unitId}</c>: a team member covering the unit (their village, or a commune).</summary>
    TeamUnit,

    /// <summary>Route <c>{unitId}</c>: a reviewer covering the unit.</summary>
    ReviewedUnit,
}

/// <summary>A requirement about one record named in the route. Failing it answers 404, not 403.</summary>
public sealed class RecordScopeRequirement(ScopedRecord record) : IAuthorizationRequirement
{
    public ScopedRecord Record { get; } = record;
}

/// <summary>Reads the record's id from the route and asks <see cref="AccessScope"/>.</summary>
internal sealed class RecordScopeHandler(AccessScope scope) : AuthorizationHandler<RecordScopeRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordScopeRequirement requirement)
    {
        var user = context.User;
        var allowed = requirement.Record switch
        {
            ScopedRecord.Shop => RouteId(context, "shopId") is { } id && await scope.CanManageShopAsync(user, id),
            ScopedRecord.Household => RouteId(context, "householdId") is { } id && await scope.CanManageHouseholdAsync(user, id),
            ScopedRecord.TeamUnit => RouteId(context, "unitId") is { } id && await scope.CanWorkInUnitAsync(user, id),
            ScopedRecord.ReviewedUnit => RouteId(context, "unitId") is { } id && await scope.CanReviewUnitAsync(user, id),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private static int? RouteId(AuthorizationHandlerContext context, string name) =>
        context.Resource is HttpContext http
        && int.TryParse(http.GetRouteValue(name)?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
