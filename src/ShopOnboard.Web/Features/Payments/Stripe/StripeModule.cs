using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Payments.Stripe;

public static class StripeModule
{
    public static WebApplicationBuilder AddStripe(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(StripeOptions.Section);
        var apiBase = section[nameof(StripeOptions.ApiBase)];
        if (!string.IsNullOrEmpty(apiBase) && (!Uri.TryCreate(apiBase, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new StartupException($"Stripe:ApiBase must be an absolute http(s) URL, not \"{apiBase}\".");
        }

        builder.Services.Configure<StripeOptions>(section);
        builder.Services.AddSingleton<StripeApi>();
        builder.Services.AddScoped<StripeCheckout>();
        builder.Services.AddScoped<StripePaymentRecorder>();
        builder.Services.AddScoped<StripeRefunds>();
        return builder;
    }
}
