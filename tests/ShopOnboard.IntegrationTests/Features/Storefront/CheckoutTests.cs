using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Storefront;

[Collection(SharedApp.Name)]
public class CheckoutTests(ShopOnboardFactory app)
{
    private sealed record Sellable(int ShopId, string Slug, int ListingId, long Price, bool Transfer);

    /// <summary>An active shop (with or without a confirmed bank account) and one of its listings with stock.</summary>
    private Task<Sellable> SellableAsync(bool transfer, int skip = 0) => app.WithDbAsync(db => db.Listings
        .Where(l => l.Status == ListingStatus.Active && l.Stock >= 20 && l.Shop.Status == ShopStatus.Active)
        .Where(l => db.PaymentAccounts.Any(a => a.ShopId == l.ShopId && a.Status == PaymentAccountStatus.Active) == transfer)
        .OrderBy(l => l.Id).Skip(skip)
        .Select(l => new Sellable(l.ShopId, l.Shop.Slug, l.Id, l.PriceVnd, transfer)).FirstAsync());

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient buyer, Sellable s, int quantity, string payment, string phone = "0912 345 678", Dictionary<string, string>? extra = null)
    {
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = $"{s.ListingId}", ["quantity"] = $"{quantity}" }));
        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = "Trần Minh Anh",
            ["Form.Phone"] = phone,
            ["Form.Province"] = "Hà Nội",
            ["Form.Commune"] = "Phường Ba Đình",
            ["Form.Street"] = "12 phố Hoè Nhai",
            ["Form.Payment"] = payment,
        };
        foreach (var (key, value) in extra ?? [])
        {
            form[key] = value;
        }

        return await buyer.PostFormAsync($"/s/{s.Slug}/checkout", $"/s/{s.Slug}/checkout", form);
    }

    [Fact]
    public async Task Shop_ActiveShop_ListsActiveProductsWithPriceAndOpenGraph()
    {
        var s = await SellableAsync(transfer: true);
        var title = await app.WithDbAsync(db => db.Listings.Where(l => l.Id == s.ListingId).Select(l => l.Title).SingleAsync());

        var html = await app.CreateBrowser().GetStringAsync($"/s/{s.Slug}");

        Assert.Contains(title, html);
        Assert.Contains(Web.Infrastructure.Localization.Vnd.Show(s.Price), html);
        Assert.Contains("property=\"og:title\"", html);
    }

    [Fact]
    public async Task Shop_OnboardingShop_NotFound()
    {
        var slug = await app.WithDbAsync(db => db.Shops.Where(s => s.Status == ShopStatus.Onboarding).Select(s => s.Slug).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowser().GetAsync($"/s/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Checkout_CashOnDelivery_OrderAtServerPriceAndRollupInSameStep()
    {
        var s = await SellableAsync(transfer: false);
        var today = Web.Infrastructure.VietnamTime.Today(TimeProvider.System);
        var before = await app.WithDbAsync(db => db.ShopDailyStats.Where(d => d.ShopId == s.ShopId && d.Day == today).Select(d => d.RevenueVnd).SingleOrDefaultAsync());
        var buyer = app.CreateBrowser();

        var response = await CheckoutAsync(buyer, s, 3, "Cash", extra: new() { ["PriceVnd"] = "1000", ["Form.TotalVnd"] = "1000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var code = response.Headers.Location!.OriginalString.Split('/')[^1];
        var order = await app.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Code == code));
        Assert.Equal(s.Price * 3, order.TotalVnd);
        Assert.Equal(PaymentMethod.Cash, order.PaymentMethod);
        Assert.Equal("0912345678", order.BuyerPhone);
        Assert.Equal("12 phố Hoè Nhai, Phường Ba Đình, Hà Nội", order.DeliveryAddress);
        var after = await app.WithDbAsync(db => db.ShopDailyStats.Where(d => d.ShopId == s.ShopId && d.Day == today).Select(d => d.RevenueVnd).SingleAsync());
        Assert.Equal(before + order.TotalVnd, after);
        Assert.Contains("Giỏ hàng đang trống.", await buyer.GetStringAsync($"/s/{s.Slug}/cart"));
    }

    [Fact]
    public async Task Checkout_BankTransfer_OrderPageShowsQrAmountAndReference()
    {
        var s = await SellableAsync(transfer: true);

        var response = await CheckoutAsync(app.CreateBrowser(), s, 2, "BankTransfer");
        var code = response.Headers.Location!.OriginalString.Split('/')[^1];
        var html = await app.CreateBrowser().GetStringAsync($"/orders/{code}");

        Assert.Contains($"/orders/{code}/qr.png", html);
        Assert.Contains(Web.Infrastructure.Localization.Vnd.Show(s.Price * 2), html);
        Assert.Contains($"<strong>{code}</strong>", html);
        Assert.Contains("http-equiv=\"refresh\"", html);
    }

    [Fact]
    public async Task Checkout_TransferAtShopWithoutConfirmedAccount_Refused()
    {
        var s = await SellableAsync(transfer: false, skip: 1);
        var before = await app.WithDbAsync(db => db.Orders.CountAsync());

        var response = await CheckoutAsync(app.CreateBrowser(), s, 1, "BankTransfer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cách thanh toán này chưa có ở cửa hàng.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task Checkout_WrongPhone_ErrorKeepsInputNoOrder()
    {
        var s = await SellableAsync(transfer: true, skip: 1);
        var before = await app.WithDbAsync(db => db.Orders.CountAsync());

        var response = await CheckoutAsync(app.CreateBrowser(), s, 1, "Cash", phone: "12345");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Số điện thoại phải là số di động 10 chữ số", html);
        Assert.Contains("value=\"12 phố Hoè Nhai\"", html);
        Assert.Equal(before, await app.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task Checkout_EmptyCart_BackToCart()
    {
        var s = await SellableAsync(transfer: true, skip: 2);

        var response = await app.CreateBrowser().GetAsync($"/s/{s.Slug}/checkout");

        Assert.Equal($"/s/{s.Slug}/cart", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Cart_NegativeOrForeignQuantities_Ignored()
    {
        var s = await SellableAsync(transfer: true, skip: 3);
        var buyer = app.CreateBrowser();
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = $"{s.ListingId}", ["quantity"] = "-5" }));
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = "999999", ["quantity"] = "2" }));

        var html = await buyer.GetStringAsync($"/s/{s.Slug}/cart");

        Assert.Contains("Giỏ hàng đang trống.", html);
    }
}

[Collection(SharedApp.Name)]
public class StorefrontCacheTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Shop_Anonymous_ServedFromCacheButNeverASignedInPage()
    {
        var slug = await app.WithDbAsync(db => db.Shops.Where(s => s.Status == ShopStatus.Active).OrderByDescending(s => s.Id).Select(s => s.Slug).FirstAsync());
        var anonymous = app.CreateBrowser();

        var first = await anonymous.GetAsync($"/s/{slug}");
        var second = await anonymous.GetAsync($"/s/{slug}");
        var signedIn = await (await app.SignedInAsync("admin")).GetStringAsync($"/s/{slug}");
        var english = await anonymous.GetStringAsync($"/s/{slug}?culture=en-US");

        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.True(second.Headers.Age is not null, "the second anonymous request should come from the output cache");
        Assert.Contains("admin", signedIn);
        Assert.DoesNotContain("admin", await second.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"en\">", english);
    }
}
