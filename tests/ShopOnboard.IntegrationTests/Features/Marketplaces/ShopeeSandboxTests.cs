using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.MarketplaceSandbox.Shopee;
using ShopOnboard.Web.Features.Marketplaces.Shopee;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>The sandbox refuses what Shopee refuses, in Shopee's error shape.</summary>
[Collection(ShopeeTests.Name)]
public class ShopeeSandboxTests(MarketplaceApp app)
{
    private static readonly HttpClient Http = new();

    private string SignedPublicUrl(string path, long timestamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{app.Sandbox.BaseUrl}{path}?partner_id={ShopeeSandbox.PartnerId}&timestamp={timestamp}&sign={ShopeeSigner.SignPublic(ShopeeSandbox.PartnerId, path, timestamp, ShopeeSandbox.PartnerKey)}");

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostTokenAsync(string url)
    {
        var (code, shopId) = app.Sandbox.Shopee.GrantCode();
        using var response = await Http.PostAsync(url, JsonContent.Create(new { code, shop_id = shopId, partner_id = ShopeeSandbox.PartnerId }));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task TokenGet_CorrectSign_ReturnsTokens()
    {
        var (status, body) = await PostTokenAsync(SignedPublicUrl("/api/v2/auth/token/get", app.Clock.Now.ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["access_token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TokenGet_OneByteOfSignChanged_ErrorSign()
    {
        var url = SignedPublicUrl("/api/v2/auth/token/get", app.Clock.Now.ToUnixTimeSeconds());
        var last = url[^1];
        var tampered = url[..^1] + (last == '0' ? '1' : '0');

        var (status, body) = await PostTokenAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("error_sign", body["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["request_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TokenGet_TimestampSixMinutesOld_InvalidTimestamp()
    {
        var (_, body) = await PostTokenAsync(SignedPublicUrl("/api/v2/auth/token/get", app.Clock.Now.AddMinutes(-6).ToUnixTimeSeconds()));

        Assert.Equal("Invalid timestamp", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UploadImage_TooSmall_RefusedWithDimensionError()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestPhotos.Jpeg(200, 200)), "image", "small.jpg" } };

        using var response = await Http.PostAsync(SignedPublicUrl("/api/v2/media_space/upload_image", app.Clock.Now.ToUnixTimeSeconds()), form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("media_space.error_image_dimension", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddItem_TenImages_RefusedAndMissingFieldNamed()
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: 40, take: 1);
        var connection = await app.ConnectShopAsync(shopId);
        var shop = ShopeeShop.From(await app.AccountAsync(connection.Id));
        var client = app.Services.GetRequiredService<ShopeeClient>();
        var image = await client.UploadImageAsync(TestPhotos.Jpeg(1024, 1024), "a.jpg", CancellationToken.None);
        var item = new ShopeeNewItem("Gạo ST25 túi 5kg", "Gạo thơm", 180000, 5, 100001, [50021], Enumerable.Repeat(image, 10).ToList(), 10, "S1-001");

        var tooMany = await Assert.ThrowsAsync<ShopeeException>(() => client.AddItemAsync(shop, item, CancellationToken.None));
        var noName = await Assert.ThrowsAsync<ShopeeException>(() => client.AddItemAsync(shop, item with { ItemName = "", ImageIds = [image] }, CancellationToken.None));

        Assert.Contains("exceeds the limit of 9", tooMany.ShopeeMessage, StringComparison.Ordinal);
        Assert.False(tooMany.IsTransient);
        Assert.Equal("product.error_item_name_is_too_short", noName.Error);
    }

    [Fact]
    public async Task ShopApi_ExpiredAccessToken_ErrorAuth()
    {
        var (shopId, _) = await app.ShopWithListingsAsync(skip: 41, take: 1);
        var connection = await app.ConnectShopAsync(shopId);
        var shop = ShopeeShop.From(await app.AccountAsync(connection.Id));
        app.Sandbox.Shopee.ExpireAccessTokens();

        var problem = await Assert.ThrowsAsync<ShopeeException>(() => app.Services.GetRequiredService<ShopeeClient>().UpdateStockAsync(shop, 1, 1, CancellationToken.None));

        Assert.True(problem.IsAuthError);
    }

    [Fact]
    public async Task AnyCall_RateLimited_429WithRetryAfter()
    {
        app.Sandbox.Shopee.Faults.RateLimitedRate = 1;
        try
        {
            var problem = await Assert.ThrowsAsync<ShopeeException>(() => app.Services.GetRequiredService<ShopeeClient>().UploadImageAsync(TestPhotos.Jpeg(1024, 1024), "a.jpg", CancellationToken.None));

            Assert.Equal(429, problem.HttpStatus);
            Assert.Equal(TimeSpan.FromSeconds(1), problem.RetryAfter);
            Assert.True(problem.IsTransient);
        }
        finally
        {
            app.Sandbox.Shopee.Faults.RateLimitedRate = 0;
        }
    }
}
