using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Marketplaces;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

[Collection(ShopeeTests.Name)]
public class MarketplacesPageTests(MarketplaceApp app)
{
    public static TheoryData<Marketplace> All => [.. MarketplaceStatusQuery.Supported];

    /// <summary>A browser applies the page's form-action to the redirect after the connect post: the consent page's origin must be in it.</summary>
    [Fact]
    public async Task Page_ContentSecurityPolicy_LetsConnectFormsReachConsentPages()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var team = await app.SignedInAsync("team1");

        var response = await team.GetAsync($"/shops/{shopId}/marketplaces");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        var origin = new Uri(app.Sandbox.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.Contains($"form-action 'self' {origin}", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Connect_ThroughSandboxConsent_ConnectionShownOnPage(Marketplace marketplace)
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var team = await app.SignedInAsync("team1");
        var page = $"/shops/{shopId}/marketplaces";

        var connect = await team.PostFormAsync(page, $"{page}/{MarketplacesController.Slug(marketplace)}/connect", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, connect.StatusCode);
        var consent = connect.Headers.Location!;
        Assert.StartsWith(app.Sandbox.BaseUrl, consent.ToString(), StringComparison.Ordinal);

        using var seller = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var granted = await seller.GetAsync(consent);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var callback = granted.Headers.Location!;

        var back = await team.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var html = await team.GetStringAsync(page);

        var connection = await app.WithDbAsync(db => db.MarketplaceConnections.AsNoTracking().SingleAsync(c => c.ShopId == shopId && c.Marketplace == marketplace));
        Assert.Equal(ConnectionStatus.Connected, connection.Status);
        Assert.Contains(connection.ExternalShopId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(connection.EncryptedAccessToken!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_WrongNonce_BadRequestAndNoConnection()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var team = await app.SignedInAsync("team1");
        var (code, externalShopId) = app.Sandbox.Shopee.GrantCode();

        var response = await team.GetAsync($"/shops/{shopId}/marketplaces/shopee/callback?code={code}&shop_id={externalShopId}&state=forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MarketplaceConnections.AnyAsync(c => c.ExternalShopId == externalShopId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
