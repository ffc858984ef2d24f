using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopOnboard.E2ETests.Support;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Transfers;

namespace ShopOnboard.E2ETests.Journeys;

/// <summary>
/// Journeys 2 and 3: a buyer on a 360 px phone orders from farmer1's shop and pays by VietQR; the bank's
/// webhook (SePay, simulated) confirms the transfer and the order page turns "paid" by itself; then the
/// farmer confirms, packs and ships the order. Screenshots at 360 px and 1280 px.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class BuyerAndFarmerJourneyTests(BrowserApp app)
{
    private const string WebhookKey = "e2e-sepay-key-2026";

    private static async Task ShotAsync(IPage page, string name, int width) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"journey2-{name}-{width}.png"), FullPage = true });

    /// <summary>farmer1's shop with a confirmed bank account set up for SePay, and a product in stock.</summary>
    private async Task<(string Slug, int AccountId, string Title)> PrepareShopAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var shop = await db.Shops.Include(s => s.Household).SingleAsync(s => s.OwnerUser!.UserName == "farmer1");
        var account = await db.PaymentAccounts.FirstOrDefaultAsync(a => a.ShopId == shop.Id && a.Status == PaymentAccountStatus.Active);
        if (account is null)
        {
            account = new PaymentAccount { ShopId = shop.Id, BankBin = "970405", AccountNumber = "1234500012345", HolderName = "NONG THI HOA", Status = PaymentAccountStatus.Active, CreatedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow };
            db.PaymentAccounts.Add(account);
        }

        var listing = await db.Listings.Where(l => l.ShopId == shop.Id).OrderBy(l => l.Id).FirstAsync();
        listing.Status = ListingStatus.Active;
        listing.Stock = 100;
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<BankWebhookSecrets>().SetAsync(account.Id, BankWebhookProvider.SePay, WebhookKey, CancellationToken.None);
        return (shop.Slug, account.Id, listing.Title);
    }

    [ChromiumFact]
    public async Task Buyer_PaysByVietQr_WebhookTurnsOrderPaid_FarmerShipsIt()
    {
        var (slug, accountId, title) = await PrepareShopAsync();
        foreach (var width in new[] { 360, 1280 })
        {
            var buyer = await app.NewPageAsync(width);
            await buyer.GotoAsync($"/s/{slug}");
            await ShotAsync(buyer, "01-shop", width);
            await buyer.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
            await ShotAsync(buyer, "02-product", width);
            await buyer.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
            await ShotAsync(buyer, "03-cart", width);
            await buyer.GetByRole(AriaRole.Link, new() { Name = "Đặt hàng" }).ClickAsync();
            await buyer.GetByLabel("Họ tên người nhận").FillAsync("Trần Minh Anh");
            await buyer.GetByLabel("Số điện thoại").FillAsync("0912 345 678");
            await buyer.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("Hà Nội");
            await buyer.GetByLabel("Xã, phường").FillAsync("Phường Ba Đình");
            await buyer.GetByLabel("Số nhà, đường, thôn").FillAsync("12 phố Hoè Nhai");
            await ShotAsync(buyer, "04-checkout", width);
            await buyer.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
            await Assertions.Expect(buyer.Locator("#pay-by-transfer img")).ToBeVisibleAsync();
            await ShotAsync(buyer, "05-order-qr", width);

            // The bank tells SePay, SePay tells us: the buyer's page turns paid without a click.
            var code = buyer.Url.Split('/')[^1];
            var total = long.Parse((await buyer.Locator("#transfer-amount").GetAttributeAsync("data-vnd"))!, System.Globalization.CultureInfo.InvariantCulture);
            using var bank = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var body = new JsonObject
            {
                ["id"] = Random.Shared.NextInt64(1_000_000, 9_000_000_000),
                ["gateway"] = "Agribank",
                ["transactionDate"] = "2026-11-24 14:02:37",
                ["accountNumber"] = "1234500012345",
                ["content"] = $"{code.ToLowerInvariant()} thanh toan don hang",
                ["transferType"] = "in",
                ["transferAmount"] = total,
                ["referenceCode"] = "FT26328123456",
            }.ToJsonString();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/sepay/{accountId}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Apikey", WebhookKey);
            Assert.True((await bank.SendAsync(request)).IsSuccessStatusCode);
            await Assertions.Expect(buyer.Locator("#payment-status")).ToHaveTextAsync("Đã thanh toán", new() { Timeout = 20_000 });
            await ShotAsync(buyer, "06-order-paid", width);

            var farmer = await app.NewPageAsync(width);
            await farmer.GotoAsync("/account/sign-in");
            await farmer.GetByLabel("Tên đăng nhập hoặc số điện thoại").FillAsync("farmer1");
            await farmer.GetByLabel("Mật khẩu").FillAsync("Demo@2026");
            await farmer.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).Last.ClickAsync();
            await farmer.GotoAsync("/my-shop/orders");
            await farmer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
            await ShotAsync(farmer, "07-farmer-order", width);
            foreach (var step in new[] { "Xác nhận đơn", "Đã đóng gói", "Đã gửi hàng" })
            {
                await farmer.GetByRole(AriaRole.Button, new() { Name = step }).ClickAsync();
            }

            await Assertions.Expect(farmer.Locator("#order-status")).ToHaveTextAsync("Đang giao");
            await ShotAsync(farmer, "08-farmer-shipped", width);
        }
    }
}
