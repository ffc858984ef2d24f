using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.MarketplaceSandbox;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

/// <summary>A clock the tests move by hand; the app and the sandbox share it, as real clocks roughly agree.</summary>
public sealed class MovableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>The app with Shopee, Lazada and TikTok Shop pointed at an in-process MarketplaceSandbox on a loopback port.</summary>
public sealed class MarketplaceApp : ShopOnboardFactory, IAsyncLifetime
{
    public MovableClock Clock { get; } = new();

    public RunningSandbox Sandbox { get; private set; } = null!;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Marketplaces:Shopee:BaseUrl", Sandbox.BaseUrl),
        new("Marketplaces:Shopee:PartnerId", "1000001"),
        new("Marketplaces:Shopee:PartnerKey", "sandbox-partner-key"),
        new("Marketplaces:Shopee:Timeout", "00:00:01"),
        new("Marketplaces:Lazada:ApiBaseUrl", Sandbox.BaseUrl + "/lazada/rest"),
        new("Marketplaces:Lazada:AuthBaseUrl", Sandbox.BaseUrl + "/lazada/auth/rest"),
        new("Marketplaces:Lazada:AuthorizeUrl", Sandbox.BaseUrl + "/lazada/oauth/authorize"),
        new("Marketplaces:Lazada:Timeout", "00:00:01"),
        new("Marketplaces:TikTokShop:ApiBaseUrl", Sandbox.BaseUrl + "/tiktok"),
        new("Marketplaces:TikTokShop:AuthBaseUrl", Sandbox.BaseUrl + "/tiktok/auth"),
        new("Marketplaces:TikTokShop:AuthorizeUrl", Sandbox.BaseUrl + "/tiktok/open/authorize"),
        new("Marketplaces:TikTokShop:Timeout", "00:00:01"),

        // The fault runs make thousands of calls one after another; RateLimitTests checks the documented QPS.
        new("Marketplaces:Shopee:RequestsPerSecond", "100000"),
        new("Marketplaces:Lazada:RequestsPerSecond", "100000"),
        new("Marketplaces:TikTokShop:RequestsPerSecond", "100000"),
    ];

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxProgram.StartAsync("http://127.0.0.1:0", Clock);
        Sandbox.Shopee.Faults.TimeoutDelay = TimeSpan.FromSeconds(1.5);
        Sandbox.Lazada.Faults.TimeoutDelay = TimeSpan.FromSeconds(1.5);
        Sandbox.TikTokShop.Faults.TimeoutDelay = TimeSpan.FromSeconds(1.5);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        await DisposeAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Connects a demo shop through the sandbox's consent code, as the OAuth redirect would.</summary>
    /// <summary>
    /// Connects as the consent page would. The clients' 1-second test timeout can run out on a busy 2-core CI
    /// machine; the team member would then press "connect" again, which grants a fresh (single-use) code.
    /// </summary>
    public async Task<MarketplaceConnection> ConnectShopAsync(int shopId, Marketplace marketplace = Marketplace.Shopee)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (code, externalShopId) = marketplace switch
            {
                Marketplace.Shopee => Grant(Sandbox.Shopee.GrantCode()),
                Marketplace.Lazada => (Sandbox.Lazada.GrantCode().Code, null),
                Marketplace.TikTokShop => (Sandbox.TikTokShop.GrantCode().Code, null),
                _ => throw new ArgumentOutOfRangeException(nameof(marketplace)),
            };
            try
            {
                return await InScopeAsync(s => s.GetRequiredService<MarketplaceAccounts>().ConnectAsync(shopId, marketplace, code, externalShopId, CancellationToken.None));
            }
            catch (MarketplaceException problem) when (problem.IsTimeout && attempt < 3)
            {
            }
        }

        static (string, string?) Grant((string Code, long ShopId) grant) => (grant.Code, grant.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task<MarketplaceAccount> AccountAsync(int connectionId) =>
        InScopeAsync(s => s.GetRequiredService<MarketplaceAccounts>().AccountAsync(connectionId, CancellationToken.None));

    /// <summary>A demo shop with no Shopee connection yet, and its active listings, each given one ready marketplace photo.</summary>
    public async Task<(int ShopId, List<int> ListingIds)> ShopWithListingsAsync(int skip, int take)
    {
        var (shopId, ids) = await WithDbAsync(async db =>
        {
            var shop = await db.Shops.Where(s => s.Status == ShopStatus.Active && !db.MarketplaceConnections.Any(c => c.ShopId == s.Id))
                .Where(s => db.Listings.Count(l => l.ShopId == s.Id && l.Status == ListingStatus.Active) >= 1)
                .OrderBy(s => s.Id).Skip(skip).Select(s => s.Id).FirstAsync();
            var listingIds = await db.Listings.Where(l => l.ShopId == shop && l.Status == ListingStatus.Active).OrderBy(l => l.Id).Take(take).Select(l => l.Id).ToListAsync();
            return (shop, listingIds);
        });
        var jpeg = TestPhotos.Jpeg(1024, 1024, seed: shopId);
        var hash = Convert.ToHexStringLower(SHA256.HashData(jpeg));
        await InScopeAsync(async s =>
        {
            await s.GetRequiredService<IPhotoStore>().PutAsync(PhotoNames.For(hash, PhotoRenditionKind.Marketplace), jpeg, CancellationToken.None);
            var db = s.GetRequiredService<ShopOnboard.Web.Data.ShopDbContext>();
            // The demo seeder skips the editor's 25-character minimum, which TikTok Shop enforces for VN titles.
            await db.Listings.Where(l => ids.Contains(l.Id) && l.Title.Length < 25).ExecuteUpdateAsync(l => l.SetProperty(x => x.Title, x => x.Title + " – đặc sản nhà trồng"));
            foreach (var id in ids)
            {
                await db.ListingPhotos.Where(p => p.ListingId == id).ExecuteDeleteAsync();
                db.ListingPhotos.Add(new ListingPhoto { ListingId = id, ContentHash = hash, IsMain = true, Status = PhotoStatus.Ready, Width = 1024, Height = 1024 });
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return (shopId, ids);
    }
}

[CollectionDefinition(Name)]
public class ShopeeTests : ICollectionFixture<MarketplaceApp>
{
    public const string Name = "shopee sandbox";
}
