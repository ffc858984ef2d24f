namespace ShopOnboard.Web.Infrastructure.Web;

/// <summary>
/// Headers every response carries. The content security policy allows only our own scripts and styles:
/// Bootstrap and Chart.js are vendored under wwwroot/lib, and pages use no inline script.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Lets this response's forms lead to other origins (Stripe's Checkout, a marketplace's consent page).
    /// Browsers apply the page's <c>form-action</c> to the redirect that follows a form post, so without this
    /// the user would be stopped on our own site.
    /// </summary>
    public static void AllowFormActions(HttpResponse response, IEnumerable<string> origins)
    {
        var policy = response.Headers.ContentSecurityPolicy.ToString();
        var extra = origins.Distinct(StringComparer.Ordinal).Where(o => !policy.Contains(o, StringComparison.Ordinal)).ToList();
        if (extra.Count > 0 && policy.Contains("form-action 'self'", StringComparison.Ordinal))
        {
            response.Headers.ContentSecurityPolicy = policy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', extra), StringComparison.Ordinal);
        }
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            if (!context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
            {
                // Hangfire's dashboard ships inline scripts; it is admin-only and keeps its own headers.
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "geolocation=(), microphone=(), camera=(self)";
            await next();
        });
}
