using ShopOnboard.Web.Features.Marketplaces.Lazada;
using ShopOnboard.Web.Features.Marketplaces.Shopee;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Features.Marketplaces.TikTokShop;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Marketplaces;

public static class MarketplacesModule
{
    public static WebApplicationBuilder AddMarketplaces(this WebApplicationBuilder builder)
    {
        var shopee = builder.Configuration.GetSection(ShopeeOptions.Section);
        RequireRealHost(builder, ShopeeOptions.Section, nameof(ShopeeOptions.BaseUrl), shopee[nameof(ShopeeOptions.BaseUrl)] ?? ShopeeOptions.SandboxBaseUrl, "https://partner.shopeemobile.com");
        builder.Services.Configure<ShopeeOptions>(shopee);
        AddClient<ShopeeClient>(builder);

        var lazada = builder.Configuration.GetSection(LazadaOptions.Section);
        RequireRealHost(builder, LazadaOptions.Section, nameof(LazadaOptions.ApiBaseUrl), lazada[nameof(LazadaOptions.ApiBaseUrl)] ?? LazadaOptions.SandboxApiBaseUrl, "https://api.lazada.vn/rest");
        RequireRealHost(builder, LazadaOptions.Section, nameof(LazadaOptions.AuthBaseUrl), lazada[nameof(LazadaOptions.AuthBaseUrl)] ?? LazadaOptions.SandboxAuthBaseUrl, "https://auth.lazada.com/rest");
        RequireRealHost(builder, LazadaOptions.Section, nameof(LazadaOptions.AuthorizeUrl), lazada[nameof(LazadaOptions.AuthorizeUrl)] ?? LazadaOptions.SandboxAuthorizeUrl, "https://auth.lazada.com/oauth/authorize");
        builder.Services.Configure<LazadaOptions>(lazada);
        AddClient<LazadaClient>(builder);

        var tiktok = builder.Configuration.GetSection(TikTokShopOptions.Section);
        RequireRealHost(builder, TikTokShopOptions.Section, nameof(TikTokShopOptions.ApiBaseUrl), tiktok[nameof(TikTokShopOptions.ApiBaseUrl)] ?? TikTokShopOptions.SandboxApiBaseUrl, "https://open-api.tiktokglobalshop.com");
        RequireRealHost(builder, TikTokShopOptions.Section, nameof(TikTokShopOptions.AuthBaseUrl), tiktok[nameof(TikTokShopOptions.AuthBaseUrl)] ?? TikTokShopOptions.SandboxAuthBaseUrl, "https://auth.tiktok-shops.com");
        RequireRealHost(builder, TikTokShopOptions.Section, nameof(TikTokShopOptions.AuthorizeUrl), tiktok[nameof(TikTokShopOptions.AuthorizeUrl)] ?? TikTokShopOptions.SandboxAuthorizeUrl, "https://services.tiktokshop.com/open/authorize");
        builder.Services.Configure<TikTokShopOptions>(tiktok);
        AddClient<TikTokShopClient>(builder);

        builder.Services.Configure<MarketplaceSyncTimings>(builder.Configuration.GetSection(MarketplaceSyncTimings.Section));
        builder.Services.AddSingleton<MarketplaceTokens>();
        builder.Services.AddSingleton<MarketplaceRateLimits>();
        builder.Services.AddScoped<MarketplaceAccounts>();
        builder.Services.AddScoped<MarketplaceSync>();
        builder.Services.AddScoped<MarketplaceListingSyncJob>();
        builder.Services.AddScoped<MarketplaceOrderPullJob>();
        builder.Services.AddScoped<MarketplaceSweeper>();
        builder.Services.AddScoped<MarketplaceStatusQuery>();
        return builder;
    }

    /// <summary>The sandbox only ever listens on the loopback interface; a real marketplace never does.</summary>
    public static bool IsSandbox(Uri baseUrl) => baseUrl.IsLoopback;

    /// <summary>Each client keeps its own typed HttpClient (timeouts are per call) and is also the jobs' <see cref="IMarketplaceClient"/>.</summary>
    private static void AddClient<TClient>(WebApplicationBuilder builder)
        where TClient : class, IMarketplaceClient
    {
        builder.Services.AddHttpClient<TClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddTransient<IMarketplaceClient>(services => services.GetRequiredService<TClient>());
    }

    private static void RequireRealHost(WebApplicationBuilder builder, string section, string key, string url, string realHost)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new StartupException($"{section}:{key} must be an absolute http(s) URL, not \"{url}\".");
        }

        if (builder.Environment.IsProduction() && IsSandbox(uri))
        {
            throw new StartupException($"{section}:{key} points at the local marketplace sandbox ({url}); set the real host ({realHost}) in Production.");
        }
    }
}
