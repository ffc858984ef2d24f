using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShopOnboard.E2ETests.Support;
using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.E2ETests.Journeys;

/// <summary>
/// Journey 1 on a 360 px phone: a team member registers a household, opens its shop through the checklist,
/// publishes it and hands it over; the farmer signs in with the one-time code and confirms. A screenshot
/// of every step goes to TestResults/screenshots.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class TeamMemberJourneyTests(BrowserApp app)
{
    /// <summary>The step as the phone shows it, then as a desktop would; the journey goes on at phone size.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        var phone = page.ViewportSize!;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"journey1-{name}-{phone.Width}.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"journey1-{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(phone.Width, phone.Height);
    }

    [ChromiumFact]
    public async Task TeamMember_RegistersHouseholdToPublishedShop_FarmerConfirms()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Tên đăng nhập hoặc số điện thoại").FillAsync("team1");
        await page.GetByLabel("Mật khẩu").FillAsync("Demo@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).Last.ClickAsync();
        await page.GotoAsync("/team");
        await ShotAsync(page, "01-team-home");

        await page.Locator("a.stretched-link").First.ClickAsync();
        await ShotAsync(page, "02-village");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm hộ" }).ClickAsync();
        await page.GetByLabel("Họ tên chủ hộ").FillAsync("Hoàng Thị Trình Duyệt");
        await page.GetByLabel("Số điện thoại").FillAsync("0966 222 333");
        await ShotAsync(page, "03-new-household");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await ShotAsync(page, "04-household");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mở cửa hàng số" }).ClickAsync();
        await page.GetByLabel("Tên cửa hàng").FillAsync("Hoa hồi Trình Duyệt");
        await page.GetByLabel("Chủ hộ đã hiểu và đồng ý").CheckAsync();
        await ShotAsync(page, "05-consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở cửa hàng" }).ClickAsync();

        await page.GetByLabel("Giới thiệu").FillAsync("Hoa hồi khô phơi nắng, thơm đậm.");
        await page.GetByLabel("Số điện thoại / Zalo").FillAsync("0966222333");
        await ShotAsync(page, "06-profile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();

        // The farmer's VietQR, as their banking app shows it: scanning it fills in the bank and the account.
        using var qr = new QRCoder.QRCodeGenerator().CreateQrCode(VietQrPayload.Encode(VietQrRequest.ForShop("970405", "1234567890123")), QRCoder.QRCodeGenerator.ECCLevel.M);
        var farmerQr = new QRCoder.PngByteQRCode(qr).GetGraphic(8);
        await page.Locator("#qr-picture").SetInputFilesAsync(new FilePayload { Name = "vietqr.png", MimeType = "image/png", Buffer = farmerQr });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc mã" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Số tài khoản")).ToHaveValueAsync("1234567890123");
        await Assertions.Expect(page.GetByLabel("Ngân hàng", new() { Exact = true })).ToHaveValueAsync("970405");
        await ShotAsync(page, "07a-payment-scanned");
        await page.GetByLabel("Tên chủ tài khoản").FillAsync("Hoàng Thị Trình Duyệt");
        await ShotAsync(page, "07-payment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();

        await page.GetByLabel("Tên sản phẩm").FillAsync("Hoa hồi khô Văn Quan loại 1, phơi nắng");
        await page.GetByLabel("Loại sản phẩm").SelectOptionAsync("Dược liệu › Hồi, quế");
        await page.GetByLabel("Giá (đồng)", new() { Exact = true }).FillAsync("120000");
        await page.GetByLabel("Số lượng có sẵn").FillAsync("50");
        await ShotAsync(page, "08-listing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        // The photo is processed by the Hangfire job; the page refreshes itself until it is ready.
        await page.Locator("#photo-files").SetInputFilesAsync(new FilePayload { Name = "hoi.jpg", MimeType = "image/jpeg", Buffer = TestPhoto.Jpeg() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        await Assertions.Expect(page.Locator("#photos img")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await ShotAsync(page, "08b-listing-photo");
        var listingUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Các bước thiết lập" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục: Liên kết sàn" }).ClickAsync();
        await ShotAsync(page, "09-marketplaces");

        // The household's Shopee account, through Shopee's authorisation flow (the sandbox grants consent).
        var setupUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết nối sàn" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết nối Shopee" }).ClickAsync();
        await Assertions.Expect(page.Locator("#marketplace-shopee")).ToContainTextAsync("Đang kết nối");
        await ShotAsync(page, "09b-shopee-connected");
        await page.GotoAsync(setupUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Liên kết sau, tiếp tục" }).ClickAsync();
        await ShotAsync(page, "10-publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở bán ngay" }).ClickAsync();
        await Assertions.Expect(page.Locator("#checklist [data-done=false]")).ToHaveCountAsync(0);
        await ShotAsync(page, "11-checklist-done");
        var checklistUrl = page.Url;

        // The listing goes to Shopee by the background job; its row turns "synced" once the sandbox has the item.
        await page.GotoAsync(listingUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng lên sàn" }).First.ClickAsync();
        await ReloadUntilAsync(page, "#listing-marketplaces + ul", "Đã đồng bộ");
        await ShotAsync(page, "11b-listing-on-shopee");
        await page.GotoAsync(checklistUrl);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bàn giao cho chủ hộ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản và cấp mã" }).ClickAsync();
        var code = await page.Locator("#one-time-code").InnerTextAsync();
        Assert.Matches("^[0-9]{6}$", code);
        await ShotAsync(page, "12-handover-card");

        var farmer = await app.NewPageAsync();
        await farmer.GotoAsync("/account/first-sign-in");
        await farmer.GetByLabel("Số điện thoại").FillAsync("0966222333");
        await farmer.GetByLabel("Mã dùng một lần").FillAsync(code);
        await farmer.GetByLabel("Mật khẩu mới").FillAsync("HoiThom2026");
        await farmer.GetByLabel("Nhập lại mật khẩu").FillAsync("HoiThom2026");
        await ShotAsync(farmer, "13-first-sign-in");
        await farmer.GetByRole(AriaRole.Button, new() { Name = "Vào cửa hàng của tôi" }).ClickAsync();
        await Assertions.Expect(farmer.Locator("#account-to-confirm")).ToContainTextAsync("1234567890123");
        await ShotAsync(farmer, "14-farmer-confirm");
        await farmer.GetByRole(AriaRole.Button, new() { Name = "Đúng, đây là cửa hàng" }).ClickAsync();
        await Assertions.Expect(farmer).ToHaveURLAsync(MyShopUrl());
        await ShotAsync(farmer, "15-farmer-home");
    }

    [GeneratedRegex("/my-shop$")]
    private static partial Regex MyShopUrl();

    /// <summary>The sync status is written by a background job; the page shows it on the next load.</summary>
    private static async Task ReloadUntilAsync(IPage page, string selector, string text)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if ((await page.Locator(selector).InnerTextAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        await Assertions.Expect(page.Locator(selector)).ToContainTextAsync(text);
    }
}
