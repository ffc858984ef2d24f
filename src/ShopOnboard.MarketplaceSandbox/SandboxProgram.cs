using ShopOnboard.MarketplaceSandbox.Lazada;
using ShopOnboard.MarketplaceSandbox.Shopee;
using ShopOnboard.MarketplaceSandbox.TikTokShop;

namespace ShopOnboard.MarketplaceSandbox;

/// <summary>
/// The local stand-in for the marketplaces' seller APIs, for development and tests only (the app refuses to
/// start in Production with a marketplace pointing at a loopback address). Not a top-level-statement
/// Program, so the integration tests' WebApplicationFactory&lt;Program&gt; still means the web app.
/// </summary>
public static class SandboxProgram
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    public static async Task Main(string[] args)
    {
        await using var sandbox = await StartAsync(args.FirstOrDefault() ?? DefaultUrl, TimeProvider.System);
        Console.WriteLine($"Marketplace sandbox listening on {sandbox.BaseUrl}");
        await sandbox.App.WaitForShutdownAsync();
    }

    /// <summary>Starts a sandbox on <paramref name="url"/> ("http://127.0.0.1:0" for a free port).</summary>
    public static async Task<RunningSandbox> StartAsync(string url, TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Nothing from appsettings or the environment: the sandbox behaves the same everywhere.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var shopee = new ShopeeSandbox(clock);
        var lazada = new LazadaSandbox(clock);
        builder.Services.AddSingleton(shopee);
        var tiktok = new TikTokShopSandbox(clock);
        builder.Services.AddSingleton(lazada);
        builder.Services.AddSingleton(tiktok);
        var app = builder.Build();
        app.MapShopeeSandbox(shopee, lazada.Faults, tiktok.Faults);
        app.MapLazadaSandbox(lazada);
        app.MapTikTokShopSandbox(tiktok);
        app.MapSandboxStats(shopee, lazada, tiktok);
        await app.StartAsync();
        return new RunningSandbox(app, app.Urls.First(), shopee, lazada, tiktok);
    }
}

public sealed record RunningSandbox(WebApplication App, string BaseUrl, ShopeeSandbox Shopee, LazadaSandbox Lazada, TikTokShopSandbox TikTokShop) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
