using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.VietQr;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Shops;

/// <summary>A household from "registered" to "published shop" and handed over, through the real pages.</summary>
[Collection(SharedApp.Name)]
public partial class ShopSetupJourneyTests(ShopOnboardFactory app)
{
    private async Task<int> NewHouseholdAsync(HttpClient client, string name, string phone)
    {
        var village = await app.ScopeUnitAsync("team1");
        var url = $"/villages/{village}/households/new";
        var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Form.HeadName"] = name, ["Form.Phone"] = phone, ["Form.MembersCount"] = "4" });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static Task<HttpResponseMessage> OpenShopAsync(HttpClient client, int household, string shopName, bool consent = true)
    {
        var url = $"/households/{household}/open-shop";
        return client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ShopName"] = shopName,
            ["Form.ConsentGivenBy"] = "Lý Thị Mến",
            ["Form.ConsentMethod"] = "SignedForm",
            ["Form.ConsentConfirmed"] = consent ? "true" : "false",
        });
    }

    [Fact]
    public async Task Journey_RegisteredHousehold_PublishedHandedOverAndConfirmedByFarmer()
    {
        var team = await app.SignedInAsync("team1");
        var household = await NewHouseholdAsync(team, "Lý Thị Mến", "0977 000 301");

        // Consent opens the shop; the slug comes from the Vietnamese name.
        var opened = await OpenShopAsync(team, household, "Quýt Mường Khương");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var shopId = int.Parse(opened.Headers.Location!.OriginalString.Split('/')[2]);
        var shop = await app.WithDbAsync(db => db.Shops.SingleAsync(s => s.Id == shopId));
        Assert.StartsWith("quyt-muong-khuong", shop.Slug);
        Assert.Equal(ConsentMethod.SignedForm, shop.ConsentMethod);
        Assert.Contains("bằng phiếu có chữ ký", await team.GetStringAsync($"/shops/{shopId}/setup"));

        // Step 1: profile, with a wrong phone first.
        var profileUrl = $"/shops/{shopId}/setup/profile";
        var profile = new Dictionary<string, string> { ["Form.Name"] = "Quýt Mường Khương", ["Form.Description"] = "Quýt ngọt hái tại vườn, giao tận nhà.", ["Form.Phone"] = "123" };
        Assert.Contains("Số điện thoại phải là số di động", await (await team.PostFormAsync(profileUrl, profileUrl, profile)).Content.ReadAsStringAsync());
        profile["Form.Phone"] = "0977000301";
        Assert.Equal($"/shops/{shopId}/setup/payment", (await team.PostFormAsync(profileUrl, profileUrl, profile)).Headers.Location?.OriginalString);

        // Step 2: scanning the farmer's own VietQR fills bank and account.
        var paymentUrl = $"/shops/{shopId}/setup/payment";
        var payload = VietQrPayload.Encode(VietQrRequest.ForShop("970405", "8888012345678"));
        var scanned = await (await team.PostFormAsync(paymentUrl, paymentUrl + "/scan", new Dictionary<string, string> { ["Form.ScannedPayload"] = payload })).Content.ReadAsStringAsync();
        Assert.Contains("value=\"8888012345678\"", scanned);
        Assert.Matches("<option (selected=\"selected\" value=\"970405\"|value=\"970405\" selected=\"selected\")>", scanned);
        var saved = await team.PostFormAsync(paymentUrl, paymentUrl, new Dictionary<string, string> { ["Form.BankBin"] = "970405", ["Form.AccountNumber"] = "8888012345678", ["Form.HolderName"] = "Lý Thị Mến" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var account = await app.WithDbAsync(db => db.PaymentAccounts.SingleAsync(a => a.ShopId == shopId));
        Assert.Equal(PaymentAccountStatus.AwaitingOwnerConfirmation, account.Status);
        Assert.Equal("LY THI MEN", account.HolderName);

        // Publishing needs a listing: refused with the missing step named.
        var publishUrl = $"/shops/{shopId}/setup/publish";
        Assert.Contains("Sản phẩm đầu tiên", await team.GetStringAsync(publishUrl));

        // Step 3: the listing editor; a price below 1.000 ₫ is refused, then a good listing and its photo.
        Assert.Equal($"/shops/{shopId}/listings/new", (await team.GetAsync($"/shops/{shopId}/setup/listing")).Headers.Location?.OriginalString);
        var newListing = $"/shops/{shopId}/listings/new";
        var listing = new Dictionary<string, string> { ["Form.Title"] = "Quýt Mường Khương loại 1, quả to ngọt", ["Form.Category"] = "Trái cây › Cam, quýt, bưởi", ["Form.Unit"] = "kg", ["Form.PriceVnd"] = "500", ["Form.Stock"] = "100", ["Form.WeightGrams"] = "1000", ["Form.Status"] = "Draft" };
        Assert.Contains("Giá từ 1.000 ₫ đến 180.000.000 ₫.", await (await team.PostFormAsync(newListing, newListing, listing)).Content.ReadAsStringAsync());
        listing["Form.PriceVnd"] = "45000";
        var created = await team.PostFormAsync(newListing, newListing, listing);
        var listingId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal($"S{shopId}-001", await app.WithDbAsync(db => db.Listings.Where(l => l.Id == listingId).Select(l => l.Sku).SingleAsync()));
        Assert.Contains("Sản phẩm đầu tiên", await team.GetStringAsync(publishUrl));
        Assert.Equal(HttpStatusCode.Redirect, (await team.UploadAsync(shopId, listingId, (TestPhotos.Jpeg(), "quyt.jpg"))).StatusCode);
        Assert.Contains("Đang xử lý ảnh", await team.GetStringAsync($"/shops/{shopId}/listings/{listingId}"));
        await app.ProcessPendingPhotosAsync();
        Assert.Contains("-320.webp", await team.GetStringAsync($"/shops/{shopId}/listings/{listingId}"));

        // Step 4 deferred, step 5 publishes.
        var marketplacesUrl = $"/shops/{shopId}/setup/marketplaces";
        Assert.Contains("Tiếp tục: Liên kết sàn", await team.GetStringAsync($"/shops/{shopId}/setup"));
        Assert.Equal(publishUrl, (await team.PostFormAsync(marketplacesUrl, marketplacesUrl, new Dictionary<string, string>())).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync(publishUrl, publishUrl, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(ShopStatus.Active, await app.WithDbAsync(db => db.Shops.Where(s => s.Id == shopId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(Web.Features.Listings.ListingStatus.Active, await app.WithDbAsync(db => db.Listings.Where(l => l.Id == listingId).Select(l => l.Status).SingleAsync()));
        Assert.DoesNotContain("data-done=\"false\"", await team.GetStringAsync($"/shops/{shopId}/setup"));

        // Hand-over: an account for the farmer's phone and a one-time code.
        var handoverUrl = $"/shops/{shopId}/handover";
        var card = await (await team.PostFormAsync(handoverUrl, handoverUrl, new Dictionary<string, string> { ["Form.Phone"] = "0977 000 301" })).Content.ReadAsStringAsync();
        var code = CodePattern().Match(card).Groups[1].Value;
        Assert.Matches("^[0-9]{6}$", code);

        // First sign-in: a wrong code is refused, the right one sets the password.
        var farmer = app.CreateBrowser();
        var firstUrl = "/account/first-sign-in";
        var wrongCode = code == "000000" ? "111111" : "000000";
        var attempt = new Dictionary<string, string> { ["Phone"] = "0977000301", ["Code"] = wrongCode, ["NewPassword"] = "QuytNgon2026", ["ConfirmPassword"] = "QuytNgon2026" };
        Assert.Contains("mã đã hết hạn", await (await farmer.PostFormAsync(firstUrl, firstUrl, attempt)).Content.ReadAsStringAsync());
        attempt["Code"] = code;
        Assert.Equal("/my-shop/confirm", (await farmer.PostFormAsync(firstUrl, firstUrl, attempt)).Headers.Location?.OriginalString);

        // The farmer sees the account and confirms it: only now is it active.
        Assert.Contains("8888012345678", await farmer.GetStringAsync("/my-shop/confirm"));
        Assert.Equal(HttpStatusCode.Redirect, (await farmer.PostFormAsync("/my-shop/confirm", "/my-shop/confirm", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(PaymentAccountStatus.Active, await app.WithDbAsync(db => db.PaymentAccounts.Where(a => a.Id == account.Id).Select(a => a.Status).SingleAsync()));
        Assert.NotNull(await app.WithDbAsync(db => db.Shops.Where(s => s.Id == shopId).Select(s => s.OwnerConfirmedAt).SingleAsync()));

        // The code was single-use, and the new password works.
        Assert.Contains("mã đã hết hạn", await (await app.CreateBrowser().PostFormAsync(firstUrl, firstUrl, attempt)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync("0977000301", "QuytNgon2026")).StatusCode);

        // Every sensitive step left an audit entry.
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Shop" && e.EntityId == shopId.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["shop.consent", "payment-account.propose", "shop.publish", "shop.handover", "shop.owner-confirm", "payment-account.confirm"], actions);
    }

    [Fact]
    public async Task OpenShop_WithoutConsent_RefusedAndNoShop()
    {
        var team = await app.SignedInAsync("team1");
        var household = await NewHouseholdAsync(team, "Đặng Văn Chưa", "0977000302");

        var response = await OpenShopAsync(team, household, "Mật ong rừng", consent: false);

        Assert.Contains("Chỉ mở cửa hàng khi chủ hộ đã đồng ý.", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Shops.AnyAsync(s => s.HouseholdId == household)));
    }

    [Fact]
    public async Task OpenShop_SameNameTwice_SecondSlugNumbered()
    {
        var team = await app.SignedInAsync("team1");
        var first = await OpenShopAsync(team, await NewHouseholdAsync(team, "Vi Văn Một", "0977000303"), "Hồi Văn Quan Xịn");
        var second = await OpenShopAsync(team, await NewHouseholdAsync(team, "Vi Văn Hai", "0977000304"), "Hồi Văn Quan Xịn");

        var slugs = await app.WithDbAsync(db => db.Shops.Where(s => s.Name == "Hồi Văn Quan Xịn").OrderBy(s => s.Id).Select(s => s.Slug).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(["hoi-van-quan-xin", "hoi-van-quan-xin-2"], slugs);
    }

    [Fact]
    public async Task Handover_ShopOwner_Forbidden()
    {
        var farmer = await app.SignedInAsync("farmer1");

        var response = await farmer.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer1")}/handover");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Scan_PictureOfFarmersVietQr_FillsBankAndAccount()
    {
        var team = await app.SignedInAsync("team1");
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var url = $"/shops/{shopId}/setup/payment";
        var payload = VietQrPayload.Encode(VietQrRequest.ForShop("970418", "21910000123456"));
        var png = new QRCoder.PngByteQRCode(new QRCoder.QRCodeGenerator().CreateQrCode(payload, QRCoder.QRCodeGenerator.ECCLevel.M)).GetGraphic(6);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await team.AntiForgeryTokenAsync(url, url + "/scan")), "__RequestVerificationToken" },
            { new ByteArrayContent(png), "picture", "zalo-screenshot.png" },
        };
        var notAPicture = new MultipartFormDataContent
        {
            { new StringContent(await team.AntiForgeryTokenAsync(url, url + "/scan")), "__RequestVerificationToken" },
            { new ByteArrayContent("not a picture"u8.ToArray()), "picture", "anh.png" },
        };

        var html = await (await team.PostAsync(url + "/scan", form)).Content.ReadAsStringAsync();
        var refused = await (await team.PostAsync(url + "/scan", notAPicture)).Content.ReadAsStringAsync();

        Assert.Contains("value=\"21910000123456\"", html);
        Assert.Matches("<option (selected=\"selected\" value=\"970418\"|value=\"970418\" selected=\"selected\")>", html);
        Assert.DoesNotContain("value=\"21910000123456\"", refused);
        Assert.Contains("text-danger", refused);
    }

    [GeneratedRegex("id=\"one-time-code\">([0-9]{6})<")]
    private static partial Regex CodePattern();
}
