using System.Diagnostics;
using Microsoft.Extensions.Options;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Lazada;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>A burst through the client path never exceeds the QPS the sandbox enforces, so it earns no 429.</summary>
[Collection(ShopeeTests.Name)]
public class RateLimitTests(MarketplaceApp app)
{
    [Fact]
    public async Task Burst_FortyCallsAtTenPerSecond_No429AndSpreadOverSeconds()
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: 52, take: 1);
        var account = await app.AccountAsync((await app.ConnectShopAsync(shopId, Marketplace.Lazada)).Id);
        using var limits = new MarketplaceRateLimits();
        using var http = new HttpClient();
        var options = Options.Create(new LazadaOptions { ApiBaseUrl = app.Sandbox.BaseUrl + "/lazada/rest", AppKey = "100001", AppSecret = "sandbox-lazada-secret", RequestsPerSecond = 10 });
        var client = new LazadaClient(http, options, limits, app.Clock);
        app.Sandbox.Lazada.Faults.RequestsPerSecond = 10;
        try
        {
            var watch = Stopwatch.StartNew();
            var calls = Enumerable.Range(0, 40).Select(_ => client.FindBySkuAsync(account, "NONE", CancellationToken.None));
            var results = await Task.WhenAll(calls);
            watch.Stop();

            Assert.All(results, Assert.Null);
            Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(3), $"40 calls at 10/s took {watch.Elapsed}");
        }
        finally
        {
            app.Sandbox.Lazada.Faults.RequestsPerSecond = null;
        }
    }
}
