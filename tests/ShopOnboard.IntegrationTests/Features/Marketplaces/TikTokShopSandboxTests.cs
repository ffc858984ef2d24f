using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.MarketplaceSandbox.TikTokShop;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.TikTokShop;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The sandbox refuses what TikTok Shop refuses, in its {code, message, request_id}.</summary>
[Collection(ShopeeTests.Name)]
public class TikTokShopSandboxTests(MarketplaceApp app)
{
    private static readonly HttpClient Http = new();

    private TikTokShopClient Client => app.Services.GetRequiredService<TikTokShopClient>();

    /// <summary>A signed orders search with a JSON body; <paramref name="tamperBody"/> changes the body after signing.</summary>
    private async Task<JsonObject> SearchAsync(MarketplaceAccount account, long timestamp, Func<string, string>? tamperBody = null, bool sendCipher = true)
    {
        const string path = "/order/202309/orders/search";
        const string body = "{\"order_status\":\"AWAITING_SHIPMENT\"}";
        var query = new Dictionary<string, string> { ["app_key"] = TikTokShopSandbox.AppKey, ["page_size"] = "20", ["timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture) };
        if (sendCipher)
        {
            query["shop_cipher"] = account.ExternalShopId;
        }

        query["sign"] = TikTokShopSigner.Sign(path, query, body, multipart: false, TikTokShopSandbox.AppSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{app.Sandbox.BaseUrl}{TikTokShopSandbox.Prefix}{path}?{string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"))}")
        {
            Content = new StringContent(tamperBody is null ? body : tamperBody(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-tts-access-token", account.AccessToken);
        using var response = await Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private long Now => app.Clock.Now.ToUnixTimeSeconds();

    [Fact]
    public async Task Search_CorrectSign_Code0()
    {
        var body = await SearchAsync(await AccountAsync(46), Now);

        Assert.Equal(0, body["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_OneByteOfBodyChanged_InvalidSign()
    {
        var body = await SearchAsync(await AccountAsync(47), Now, b => b.Replace("AWAITING", "AWAITINH", StringComparison.Ordinal));

        Assert.Equal(106001, body["code"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["request_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_StaleTimestampOrNoCipher_Refused()
    {
        var account = await AccountAsync(48);

        var stale = await SearchAsync(account, Now - 301);
        var noCipher = await SearchAsync(account, Now, sendCipher: false);

        Assert.Equal(36009004, stale["code"]!.GetValue<int>());
        Assert.Equal(106013, noCipher["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task ExchangeCode_CodeUsedTwice_AuthError()
    {
        var (code, cipher) = app.Sandbox.TikTokShop.GrantCode();
        var grant = await Client.ExchangeCodeAsync(code, null, CancellationToken.None);

        var problem = await Assert.ThrowsAsync<TikTokShopException>(() => Client.ExchangeCodeAsync(code, null, CancellationToken.None));

        Assert.Equal(cipher, grant.ExternalShopId);
        Assert.True(problem.IsAuthError);
    }

    [Fact]
    public async Task UploadAndCreate_TooSmallImageTenImagesShortTitle_Refused()
    {
        var account = await AccountAsync(49);
        var uri = await Client.UploadImageAsync(account, TestPhotos.Jpeg(1024, 1024), "a.jpg", CancellationToken.None);
        var item = new MarketplaceNewItem("Gạo ST25 túi 5kg đặc sản Sóc Trăng", "Gạo thơm", "Gạo", 180000, 5000, 10, "TT-T-001", Enumerable.Repeat(uri, 10).ToList());

        var small = await Assert.ThrowsAsync<TikTokShopException>(() => Client.UploadImageAsync(account, TestPhotos.Jpeg(200, 200), "s.jpg", CancellationToken.None));
        var tooMany = await Assert.ThrowsAsync<TikTokShopException>(() => Client.CreateItemAsync(account, item, CancellationToken.None));
        var shortTitle = await Assert.ThrowsAsync<TikTokShopException>(() => Client.CreateItemAsync(account, item with { Title = "Gạo", ImageIds = [uri] }, CancellationToken.None));

        Assert.Equal(MarketplaceText.Image, MarketplaceText.Plain(small));
        Assert.Equal(MarketplaceText.Image, MarketplaceText.Plain(tooMany));
        Assert.Equal(MarketplaceText.Name, MarketplaceText.Plain(shortTitle));
    }

    [Fact]
    public async Task ShopApi_ExpiredAccessToken_105002IsAuthError()
    {
        var account = await AccountAsync(50);
        app.Sandbox.TikTokShop.ExpireAccessTokens();

        var problem = await Assert.ThrowsAsync<TikTokShopException>(() => Client.FindBySkuAsync(account, "X", CancellationToken.None));

        Assert.Equal(105002, problem.Code);
        Assert.True(problem.IsAuthError);
    }

    [Fact]
    public async Task AnyCall_RateLimited_429WithRetryAfter()
    {
        var account = await AccountAsync(51);
        app.Sandbox.TikTokShop.Faults.RateLimitedRate = 1;
        try
        {
            var problem = await Assert.ThrowsAsync<TikTokShopException>(() => Client.FindBySkuAsync(account, "X", CancellationToken.None));

            Assert.Equal(TikTokShopException.TooManyRequests, problem.Code);
            Assert.Equal(429, problem.HttpStatus);
            Assert.Equal(TimeSpan.FromSeconds(1), problem.RetryAfter);
            Assert.True(problem.IsTransient);
        }
        finally
        {
            app.Sandbox.TikTokShop.Faults.RateLimitedRate = 0;
        }
    }

    private async Task<MarketplaceAccount> AccountAsync(int skip)
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: skip, take: 1);
        var connection = await app.ConnectShopAsync(shopId, Marketplace.TikTokShop);
        return await app.AccountAsync(connection.Id);
    }
}
