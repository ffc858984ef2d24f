using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ShopOnboard.Web.Infrastructure.Security;

/// <summary>
/// Per-address limits on the forms strangers can hammer: sign-in and the one-time code (guessing), checkout
/// (fake orders). Identity's lockout also stops guessing per account; these stop one address trying many.
/// A refused request gets 429 and the friendly "too fast" page.
/// </summary>
public static class AbuseLimits
{
    public const string SignIn = "abuse-sign-in";
    public const string Checkout = "abuse-checkout";

    public static WebApplicationBuilder AddAbuseLimits(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.AddPolicy(SignIn, context => PerAddress(context, configuration.GetValue("Security:SignInPerMinute", 20)));
            limits.AddPolicy(Checkout, context => PerAddress(context, configuration.GetValue("Security:CheckoutPerMinute", 30)));
        });
        return builder;
    }

    /// <summary>Behind a proxy the address is the forwarded one (ASPNETCORE_FORWARDEDHEADERS_ENABLED).</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
