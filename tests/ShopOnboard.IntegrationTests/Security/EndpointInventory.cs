using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Security;

/// <summary>Every routed endpoint of the running app as "METHOD /pattern", with the policy it states.</summary>
public static class EndpointInventory
{
    public sealed record Entry(string Key, string Method, string Pattern, string Access);

    public static IReadOnlyList<Entry> Read(ShopOnboardFactory app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var entries = new List<Entry>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            var access = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? "Anonymous"
                : string.Join("+", endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? a.Roles ?? "SignedIn").Distinct().Order());
            foreach (var method in methods)
            {
                entries.Add(new Entry($"{method} {pattern}", method, pattern, access.Length == 0 ? "Fallback" : access));
            }
        }

        return entries.DistinctBy(e => e.Key).OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
    }
}
