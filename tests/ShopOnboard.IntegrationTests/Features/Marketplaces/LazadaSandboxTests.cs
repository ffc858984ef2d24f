using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.MarketplaceSandbox.Lazada;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Lazada;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The sandbox refuses what Lazada refuses, in Lazada's {code, type, message, request_id}.</summary>
[Collection(ShopeeTests.Name)]
public class LazadaSandboxTests(MarketplaceApp app)
{
    private static readonly HttpClient Http = new();

    private LazadaClient Client => app.Services.GetRequiredService<LazadaClient>();

    private async Task<JsonObject> PostTokenCreateAsync(string code, long timestampMs, Func<string, string>? tamper = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["app_key"] = LazadaSandbox.AppKey,
            ["timestamp"] = timestampMs.ToString(CultureInfo.InvariantCulture),
            ["sign_method"] = "sha256",
            ["code"] = code,
        };
        parameters["sign"] = LazadaSigner.Sign("/auth/token/create", parameters, LazadaSandbox.AppSecret);
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        var url = $"{app.Sandbox.BaseUrl}{LazadaSandbox.AuthPrefix}/auth/token/create?{(tamper is null ? query : tamper(query))}";
        using var response = await Http.PostAsync(url, null);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private long NowMs => app.Clock.Now.ToUnixTimeMilliseconds();

    [Fact]
    public async Task TokenCreate_CorrectSign_ReturnsTokensAndSeller()
    {
        var (code, seller) = app.Sandbox.Lazada.GrantCode();

        var body = await PostTokenCreateAsync(code, NowMs);

        Assert.Equal("0", body["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["access_token"]!.GetValue<string>()));
        Assert.Equal(seller, body["country_user_info"]![0]!["seller_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenCreate_OneByteOfSignChanged_IncompleteSignature()
    {
        var (code, _) = app.Sandbox.Lazada.GrantCode();

        // The sign is upper-case hex; its last character is swapped for another hex digit.
        var body = await PostTokenCreateAsync(code, NowMs, q => q[..^1] + (q[^1] == '0' ? '1' : '0'));

        Assert.Equal("IncompleteSignature", body["code"]!.GetValue<string>());
        Assert.Equal("ISV", body["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["request_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TokenCreate_OneByteOfSignedParameterChanged_IncompleteSignature()
    {
        var (code, _) = app.Sandbox.Lazada.GrantCode();
        var changed = code[..^1] + (code[^1] == 'a' ? 'b' : 'a');

        var body = await PostTokenCreateAsync(code, NowMs, q => q.Replace("code=" + code, "code=" + changed, StringComparison.Ordinal));

        Assert.Equal("IncompleteSignature", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenCreate_TimestampThreeHoursOld_InvalidTimestamp()
    {
        var (code, _) = app.Sandbox.Lazada.GrantCode();

        var body = await PostTokenCreateAsync(code, NowMs - (long)TimeSpan.FromHours(3).TotalMilliseconds);

        Assert.Equal("InvalidTimestamp", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenCreate_SignMissing_MissingParameterNamed()
    {
        var (code, _) = app.Sandbox.Lazada.GrantCode();

        var body = await PostTokenCreateAsync(code, NowMs, q => string.Join('&', q.Split('&').Where(p => !p.StartsWith("sign=", StringComparison.Ordinal))));

        Assert.Equal("MissingParameter", body["code"]!.GetValue<string>());
        Assert.Contains("\"sign\"", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCode_CodeUsedTwice_InvalidCodeIsAuthError()
    {
        var (code, _) = app.Sandbox.Lazada.GrantCode();
        await Client.ExchangeCodeAsync(code, null, CancellationToken.None);

        var problem = await Assert.ThrowsAsync<LazadaException>(() => Client.ExchangeCodeAsync(code, null, CancellationToken.None));

        Assert.Equal("InvalidCode", problem.Error);
        Assert.True(problem.IsAuthError);
        Assert.False(problem.IsTransient);
    }

    [Fact]
    public async Task UploadImage_TooSmallOrTooLarge_RefusedAsImageProblem()
    {
        var account = await AccountAsync(skip: 42);

        var small = await Assert.ThrowsAsync<LazadaException>(() => Client.UploadImageAsync(account, TestPhotos.Jpeg(300, 300), "s.jpg", CancellationToken.None));
        var heavy = await Assert.ThrowsAsync<LazadaException>(() => Client.UploadImageAsync(account, TestPhotos.Jpeg(1024, 1024).Concat(new byte[3_200_000]).ToArray(), "h.jpg", CancellationToken.None));

        Assert.Equal(MarketplaceText.Image, MarketplaceText.Plain(small));
        Assert.Contains("3145728B", heavy.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateItem_NineImagesOrNoName_RefusedWithCause()
    {
        var account = await AccountAsync(skip: 43);
        var url = await Client.UploadImageAsync(account, TestPhotos.Jpeg(1024, 1024), "a.jpg", CancellationToken.None);
        var item = new MarketplaceNewItem("Gạo ST25 túi 5kg đặc sản Sóc Trăng", "Gạo thơm", "Gạo", 180000, 5000, 10, "LZ-T-001", Enumerable.Repeat(url, 9).ToList());

        var tooMany = await Assert.ThrowsAsync<LazadaException>(() => Client.CreateItemAsync(account, item, CancellationToken.None));
        var noName = await Assert.ThrowsAsync<LazadaException>(() => Client.CreateItemAsync(account, item with { Title = "", ImageIds = [url] }, CancellationToken.None));

        Assert.Equal("4169", tooMany.Error);
        Assert.False(tooMany.IsTransient);
        Assert.Equal(MarketplaceText.Name, MarketplaceText.Plain(noName));
    }

    [Fact]
    public async Task SellerApi_ExpiredAccessToken_IllegalAccessToken()
    {
        var account = await AccountAsync(skip: 44);
        app.Sandbox.Lazada.ExpireAccessTokens();

        var problem = await Assert.ThrowsAsync<LazadaException>(() => Client.UpdateStockAsync(account, "1", "X", 1, CancellationToken.None));

        Assert.Equal("IllegalAccessToken", problem.Error);
        Assert.True(problem.IsAuthError);
    }

    [Fact]
    public async Task AnyCall_Throttled_901With429AndRetryAfter()
    {
        var account = await AccountAsync(skip: 45);
        app.Sandbox.Lazada.Faults.RateLimitedRate = 1;
        try
        {
            var problem = await Assert.ThrowsAsync<LazadaException>(() => Client.FindBySkuAsync(account, "X", CancellationToken.None));

            Assert.Equal("901", problem.Error);
            Assert.Equal(429, problem.HttpStatus);
            Assert.Equal(TimeSpan.FromSeconds(1), problem.RetryAfter);
            Assert.True(problem.IsTransient);
        }
        finally
        {
            app.Sandbox.Lazada.Faults.RateLimitedRate = 0;
        }
    }

    private async Task<MarketplaceAccount> AccountAsync(int skip)
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: skip, take: 1);
        var connection = await app.ConnectShopAsync(shopId, Marketplace.Lazada);
        return await app.AccountAsync(connection.Id);
    }
}
