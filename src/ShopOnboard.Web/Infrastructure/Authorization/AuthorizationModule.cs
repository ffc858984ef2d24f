using Microsoft.AspNetCore.Authorization;
using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.Web.Infrastructure.Authorization;

public static class AuthorizationModule
{
    public static WebApplicationBuilder AddAuthorizationPolicies(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessScope>();
        builder.Services.AddScoped<IAuthorizationHandler, RecordScopeHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, NotFoundForScopeResultHandler>();

        builder.Services.AddAuthorizationBuilder()
            // An endpoint that forgets to state a policy is closed, not open.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.TeamMember, p => p.RequireRole(Roles.TeamMember, Roles.Admin))
            .AddPolicy(Policies.ShopOwner, p => p.RequireRole(Roles.ShopOwner, Roles.Admin))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Policies.ManageShop, p => p.RequireAuthenticatedUser().AddRequirements(new RecordScopeRequirement(ScopedRecord.Shop)))
            .AddPolicy(Policies.ManageHousehold, p => p.RequireAuthenticatedUser().AddRequirements(new RecordScopeRequirement(ScopedRecord.Household)))
            .AddPolicy(Policies.WorkInUnit, p => p.RequireAuthenticatedUser().AddRequirements(new RecordScopeRequirement(ScopedRecord.TeamUnit)))
            .AddPolicy(Policies.ReviewUnit, p => p.RequireAuthenticatedUser().AddRequirements(new RecordScopeRequirement(ScopedRecord.ReviewedUnit)));
        return builder;
    }
}
