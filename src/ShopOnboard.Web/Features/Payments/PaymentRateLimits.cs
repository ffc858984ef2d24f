using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Payments;

/// <summary>Names of the payments feature's rate-limiter policies, for <c>[EnableRateLimiting]</c>.</summary>
public static class PaymentRateLimits
{
    public const string PublicApi = "payments-public-api";
    public const string Webhook = "payments-webhook";

    internal static void SetRetryAfter(OnRejectedContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Anonymous public API (the VietQR decoder): a fixed window per client address.</summary>
internal sealed class PublicApiRateLimitPolicy(IOptions<PaymentsOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        PaymentRateLimits.SetRetryAfter(context);
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await context.HttpContext.Response.WriteAsJsonAsync(new { error = text["Bạn thao tác quá nhanh, hãy thử lại sau"].Value }, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        // Behind a proxy this is the proxy's address unless forwarded headers are configured for it.
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PublicApiPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}

/// <summary>Bank webhooks: a fixed window per payment account named in the route.</summary>
internal sealed class WebhookRateLimitPolicy(IOptions<PaymentsOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        // A non-2xx answer makes SePay retry later, which is what a burst should turn into.
        PaymentRateLimits.SetRetryAfter(context);
        await context.HttpContext.Response.WriteAsJsonAsync(new { success = false, message = "Too many requests" }, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            Convert.ToString(httpContext.GetRouteValue("paymentAccountId"), CultureInfo.InvariantCulture) ?? "none",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.WebhookPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
