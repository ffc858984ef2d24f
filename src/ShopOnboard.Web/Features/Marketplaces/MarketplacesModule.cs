using ShopOnboard.Web.Features.Marketplaces.Shopee;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Marketplaces;

public static class MarketplacesModule
{
    public static WebApplicationBuilder AddMarketplaces(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ShopeeOptions.Section);
        var baseUrl = section[nameof(ShopeeOptions.BaseUrl)] ?? ShopeeOptions.SandboxBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new StartupException($"{ShopeeOptions.Section}:BaseUrl must be an absolute http(s) URL, not \"{baseUrl}\".");
        }

        if (builder.Environment.IsProduction() && IsSandbox(uri))
        {
            throw new StartupException($"{ShopeeOptions.Section}:BaseUrl points at the local marketplace sandbox ({baseUrl}); set the real Shopee host (https://partner.shopeemobile.com) in Production.");
        }

        builder.Services.Configure<ShopeeOptions>(section);
        builder.Services.AddHttpClient<ShopeeClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<MarketplaceTokens>();
        builder.Services.AddScoped<ShopeeConnections>();
        builder.Services.AddScoped<MarketplaceSync>();
        builder.Services.AddScoped<ShopeeListingSyncJob>();
        builder.Services.AddScoped<ShopeeOrderPullJob>();
        builder.Services.AddScoped<MarketplaceSweeper>();
        builder.Services.AddScoped<MarketplaceStatusQuery>();
        return builder;
    }

    /// <summary>The sandbox only ever listens on the loopback interface; a real marketplace never does.</summary>
    public static bool IsSandbox(Uri baseUrl) => baseUrl.IsLoopback;
}
