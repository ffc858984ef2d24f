using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopOnboard.E2ETests.Support;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.E2ETests.Journeys;

/// <summary>
/// Journey 4: the province reviewer reads the growth dashboard, a new shop opens in team1's village and
/// takes its first order on the storefront, the minute's snapshot refresh runs, and the reviewer then sees one shop more and that order's
/// revenue in the current month, opens the ministry's report and downloads it as Excel and CSV.
/// Screenshots at 360 px and 1280 px.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReviewerJourneyTests(BrowserApp app)
{
    private static async Task ShotAsync(IPage page, string name, int width) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"journey4-{name}-{width}.png"), FullPage = true });

    [ChromiumFact]
    public async Task Reviewer_SeesNewShopAndItsRevenue_ExportsMinistryReport()
    {
        // Other journeys in this app opened shops too: bring the snapshots up to date before the first look.
        await RefreshSnapshotsAsync();
        var before = await app.NewPageAsync(1280);
        var dashboard = await OpenDashboardAsync(before);
        var shopsBefore = await NumberAsync(before, "#shops-today");
        var revenueBefore = await NumberAsync(before, "#months tbody tr:last-child td:nth-child(5)");
        await ShotAsync(before, "01-dashboard-before", 1280);

        var (slug, title) = await OpenNewShopAsync();
        var orderTotal = await BuyerOrdersAsync(slug, title);

        // Sales reach the dashboard with the order; shop counts with the snapshot job that runs every minute.
        // It is called here rather than waited for.
        await RefreshSnapshotsAsync();

        foreach (var width in new[] { 360, 1280 })
        {
            var reviewer = await app.NewPageAsync(width);
            Assert.Equal(dashboard, await OpenDashboardAsync(reviewer));
            await ShotAsync(reviewer, "02-dashboard", width);
            Assert.Equal(shopsBefore + 1, await NumberAsync(reviewer, "#shops-today"));
            Assert.Equal(revenueBefore + orderTotal, await NumberAsync(reviewer, "#months tbody tr:last-child td:nth-child(5)"));

            await reviewer.GetByRole(AriaRole.Link, new() { Name = "Chỉ số báo cáo Bộ" }).ClickAsync();
            await Assertions.Expect(reviewer.Locator("#metrics")).ToBeVisibleAsync();
            await ShotAsync(reviewer, "03-metrics", width);

            var excel = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.GetByRole(AriaRole.Link, new() { Name = "Excel", Exact = true }).ClickAsync());
            Assert.EndsWith(".xlsx", excel.SuggestedFilename, StringComparison.Ordinal);
            Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync((await excel.PathAsync())!)).Take(2).ToArray());

            var csv = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
            var lines = (await File.ReadAllTextAsync((await csv.PathAsync())!, Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Đơn vị,Từ ngày,Đến ngày", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("Tỉnh Lạng Sơn,", StringComparison.Ordinal));
            await ShotAsync(reviewer, "04-exported", width);
        }
    }

    private async Task RefreshSnapshotsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SnapshotRefresh>().RefreshStaleAsync(CancellationToken.None);
    }

    /// <summary>Signs in as the province reviewer, lands on their unit and opens its growth dashboard.</summary>
    private static async Task<string> OpenDashboardAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Tên đăng nhập hoặc số điện thoại").FillAsync("reviewer");
        await page.GetByLabel("Mật khẩu").FillAsync("Demo@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).Last.ClickAsync();
        await page.GotoAsync("/review");
        var unitPath = new Uri(page.Url).AbsolutePath.TrimEnd('/');
        await page.GotoAsync($"{unitPath}/dashboard");
        await Assertions.Expect(page.Locator("#shops-today")).ToBeVisibleAsync();
        return unitPath;
    }

    /// <summary>The digits of an element's text: "1.234", "5.678.000 ₫" and "12" all read as numbers.</summary>
    private static async Task<long> NumberAsync(IPage page, string selector)
    {
        var text = await page.Locator(selector).InnerTextAsync();
        return long.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    /// <summary>A household of team1's village gets a shop today, with a bank account and one product on sale.</summary>
    private async Task<(string Slug, string Title)> OpenNewShopAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var village = await db.UserScopes.Where(s => s.User.UserName == "team1").Select(s => s.UnitId).SingleAsync();
        var now = DateTime.UtcNow;
        var household = new Household { VillageId = village, HeadName = "Lường Thị Hành Trình", HasDigitalShop = true, HasEPaymentAccount = true, CreatedAt = now };
        var shop = new Shop
        {
            Household = household,
            VillageId = village,
            Name = "Mật ong Hành Trình",
            Slug = $"mat-ong-hanh-trinh-{Guid.NewGuid().ToString("N")[..6]}",
            Status = ShopStatus.Active,
            CreatedAt = now,
            ActivatedAt = now,
        };
        const string title = "Mật ong rừng Hành Trình 500 ml";
        db.Shops.Add(shop);
        db.PaymentAccounts.Add(new PaymentAccount { Shop = shop, BankBin = "970405", AccountNumber = "1234500067890", HolderName = "LUONG THI HANH TRINH", Status = PaymentAccountStatus.Active, CreatedAt = now, ConfirmedAt = now });
        db.Listings.Add(new Listing { Shop = shop, Title = title, Category = "Thực phẩm › Mật ong", Unit = "chai", PriceVnd = 185_000, Stock = 20, WeightGrams = 700, Status = ListingStatus.Active, Sku = "MO-HT-500", CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
        return (shop.Slug, title);
    }

    /// <summary>A buyer orders the new shop's product, cash on delivery; the order's total in đồng.</summary>
    private async Task<long> BuyerOrdersAsync(string slug, string title)
    {
        var buyer = await app.NewPageAsync();
        await buyer.GotoAsync($"/s/{slug}");
        await buyer.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await buyer.GetByRole(AriaRole.Link, new() { Name = "Đặt hàng" }).ClickAsync();
        await buyer.GetByLabel("Họ tên người nhận").FillAsync("Phạm Văn Khách");
        await buyer.GetByLabel("Số điện thoại").FillAsync("0987 654 321");
        await buyer.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("Hà Nội");
        await buyer.GetByLabel("Xã, phường").FillAsync("Phường Hoàn Kiếm");
        await buyer.GetByLabel("Số nhà, đường, thôn").FillAsync("5 phố Hàng Bạc");
        await buyer.GetByLabel("Trả tiền mặt khi nhận hàng").CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
        await buyer.WaitForURLAsync("**/orders/*");
        await ShotAsync(buyer, "00-buyer-order", 360);

        var code = buyer.Url.Split('/')[^1];
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Orders.Where(o => o.Code == code).Select(o => o.TotalVnd).SingleAsync();
    }
}
