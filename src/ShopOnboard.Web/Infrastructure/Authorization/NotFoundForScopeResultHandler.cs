using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ShopOnboard.Web.Infrastructure.Authorization;

/// <summary>
/// A signed-in user who asks for a record outside their scope gets 404: a 403 would confirm that the
/// shop or unit exists. Every other outcome keeps the framework's default (sign-in redirect, 403).
/// </summary>
internal sealed class NotFoundForScopeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RecordScopeRequirement>().Any() == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
