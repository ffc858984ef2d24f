using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Marketplaces;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>
/// The app as `dotnet run` starts it (Development), hosting the sandbox itself. Only the port differs from
/// the default 127.0.0.1:5090, so the suite does not collide with a sandbox or app already running there.
/// </summary>
public sealed class DevelopmentApp : ShopOnboardFactory
{
    public string SandboxUrl { get; } = $"http://127.0.0.1:{FreePort()}";

    protected override string EnvironmentName => "Development";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Marketplaces:Shopee:BaseUrl", SandboxUrl)];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

public class EmbeddedSandboxTests(DevelopmentApp app) : IClassFixture<DevelopmentApp>
{
    [Fact]
    public async Task ConnectShopee_DevelopmentWithoutStandaloneSandbox_InProcessSandboxGrantsConsent()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var team = await app.SignedInAsync("team1");
        var page = $"/shops/{shopId}/marketplaces";

        var connect = await team.PostFormAsync(page, $"{page}/shopee/connect", new Dictionary<string, string>());
        var consent = connect.Headers.Location!;
        using var seller = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var granted = await seller.GetAsync(consent);
        var back = await team.GetAsync(granted.Headers.Location!.PathAndQuery);

        Assert.StartsWith(app.SandboxUrl, consent.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.MarketplaceConnections.AnyAsync(c => c.ShopId == shopId && c.Marketplace == Marketplace.Shopee && c.Status == ConnectionStatus.Connected)));
    }
}
