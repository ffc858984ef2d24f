using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Qr;
using ShopOnboard.Web.Features.Payments.VietQr;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public partial class VietQrImageTests(PaymentsApp app)
{
    [Fact]
    public async Task ShopPng_ConfirmedAccount_PngOfTheShopCode()
    {
        var (shopId, account) = await app.ClaimShopAsync();

        var response = await app.CreateBrowser().GetAsync($"/shops/{shopId}/qr.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.InRange(png.Length, 300, 50_000);
        Assert.Equal(VietQrImages.Png(VietQrPayload.Encode(VietQrRequest.ForShop(account.BankBin, account.AccountNumber))), png);
    }

    [Fact]
    public async Task ShopSvg_ConfirmedAccount_DrawsEncoderPayloadWithItsModuleCount()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        var expectedPayload = VietQrPayload.Encode(VietQrRequest.ForShop(account.BankBin, account.AccountNumber));

        var response = await app.CreateBrowser().GetAsync($"/shops/{shopId}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Equal(expectedPayload, VietQrImages.ShopPayload(account));
        Assert.Equal(VietQrImages.Svg(expectedPayload), svg);
        using var modules = VietQrImages.Generate(expectedPayload);
        // One viewBox unit per module, quiet zone included: 4 + (17 + 4 × version) + 4.
        var side = modules.ModuleMatrix.Count;
        Assert.Equal(8 + 17 + (4 * modules.Version), side);
        Assert.Contains($"viewBox=\"0 0 {side} {side}\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopQr_OnlyUnconfirmedAccount_NotFound()
    {
        var shopId = await app.WithDbAsync(async db =>
        {
            var shop = await db.Shops.Where(s => s.Status == ShopStatus.Active && !db.PaymentAccounts.Any(a => a.ShopId == s.Id))
                .OrderByDescending(s => s.Id).FirstAsync();
            db.PaymentAccounts.Add(new PaymentAccount
            {
                ShopId = shop.Id,
                BankBin = "970422",
                AccountNumber = "0011009950446",
                HolderName = "CHUA XAC NHAN",
                Status = PaymentAccountStatus.AwaitingOwnerConfirmation,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return shop.Id;
        });
        var client = app.CreateBrowser();

        var png = await client.GetAsync($"/shops/{shopId}/qr.png");
        var svg = await client.GetAsync($"/shops/{shopId}/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, png.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, svg.StatusCode);
        Assert.DoesNotContain("0011009950446", await svg.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OrderPng_KnownOrder_DynamicCodeWithTotalAndOrderCode()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        var order = await app.AddOrderAsync(shopId, 185_000);
        var expectedPayload = VietQrPayload.Encode(VietQrRequest.ForOrder(account.BankBin, account.AccountNumber, 185_000, order.Code));

        var response = await app.CreateBrowser().GetAsync($"/orders/{order.Code.ToLowerInvariant()}/qr.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedPayload, VietQrImages.OrderPayload(account, order));
        Assert.Equal(VietQrImages.Png(expectedPayload), await response.Content.ReadAsByteArrayAsync());
        var decoded = VietQrDecoder.Decode(expectedPayload).Code!;
        Assert.Equal((185_000L, order.Code, true), (decoded.Amount, decoded.Purpose, decoded.IsDynamic));
    }

    [Fact]
    public async Task OrderPng_UnknownCode_NotFound()
    {
        var response = await app.CreateBrowser().GetAsync("/orders/DH99999999999/qr.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Poster_TeamMemberOwnVillage_ShowsAccountQrAndPrintStylesheet()
    {
        var (shopId, account, teamMember) = await app.ClaimTeamShopAsync();
        var client = await app.SignedInAsync(teamMember);

        var html = await client.GetStringAsync($"/shops/{shopId}/poster");

        Assert.Contains("Quét mã để thanh toán", html);
        Assert.Contains(account.AccountNumber, html);
        Assert.Contains(account.HolderName, html);
        Assert.Contains($"src=\"/shops/{shopId}/qr.svg\"", html);
        Assert.Matches("href=\"/css/print.css(\\?v=[^\"]+)?\"", html);
        Assert.DoesNotMatch(InlineStyleOrScript(), html);
    }

    [Fact]
    public async Task Poster_ShopOutsideScope_NotFound()
    {
        var otherVillageShop = await app.ShopOfOwnerAsync("farmer2");
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/shops/{otherVillageShop}/poster");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<script>|<style|style=\"")]
    private static partial Regex InlineStyleOrScript();
}
