using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Logging;

namespace ShopOnboard.Web.Infrastructure.Web;

/// <summary>MVC, views beside their features, logging and the middleware order every request goes through.</summary>
public static class WebPlatformModule
{
    public const string StorefrontCachePolicy = "storefront";

    public static WebApplicationBuilder AddWebPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        // Structured logs: one JSON object per line outside Development, where machines read them.
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        // Phone and bank account numbers never reach a log in full (issue 9); the rule is in PersonalNumberMask.
        builder.Logging.MaskPersonalNumbers();

        // Vietnamese letters as themselves, not as &#x1EA1; entities: a third smaller pages on 3G.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Public shop pages are served from memory for a few seconds: the village's 3G and the province's
        // traffic both gain, and a changed price or stock shows within that time.
        builder.Services.AddOutputCache(cache => cache.AddPolicy(StorefrontCachePolicy, policy => policy
            .Expire(TimeSpan.FromSeconds(10))
            .SetVaryByRouteValue("slug", "listingId")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))));

        var featureViews = new FeatureViewLocations();
        builder.Services
            .AddControllersWithViews(mvc => mvc.Conventions.Add(featureViews))
            .AddViewLocalization()
            // Validation messages and labels are Vietnamese in the code and English in SharedResource.en.resx.
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.Configure<RazorViewEngineOptions>(razor => razor.ViewLocationExpanders.Add(featureViews));
        return builder;
    }

    public static WebApplication UseWebPlatform(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication: the default policy never caches a signed-in user's page.
        app.UseOutputCache();

        app.MapControllers();
        // An unknown address is "not found" for everyone, not a sign-in prompt from the fallback policy.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthJson }).AllowAnonymous();

        // Liveness runs no check: a database outage must not make the orchestrator restart every healthy
        // pod at once. Readiness runs them all, so a node that cannot reach the database gets no traffic.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthJson }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = WriteHealthJson }).AllowAnonymous();
        return app;
    }

    private static Task WriteHealthJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
        }));
    }
}
