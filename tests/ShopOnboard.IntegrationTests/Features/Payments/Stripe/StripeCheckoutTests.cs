using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

[Collection(StripeTests.Name)]
public class StripeCheckoutTests(StripeApp app)
{
    [Fact]
    public async Task Checkout_StripeConfigured_OffersCardAndAllowsCheckoutOriginInFormAction()
    {
        var s = await app.SellableAsync();
        var buyer = app.CreateBrowser();
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = $"{s.ListingId}", ["quantity"] = "1" }));

        var response = await buyer.GetAsync($"/s/{s.Slug}/checkout");

        Assert.Contains("Thẻ (Visa, Mastercard)", await response.Content.ReadAsStringAsync());
        Assert.Contains($"form-action 'self' {app.Simulator.BaseUrl}", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Checkout_Card_RedirectsToSessionInWholeDongVnd()
    {
        var s = await app.SellableAsync(skip: 1);

        var response = await StripeApp.CheckoutAsync(app.CreateBrowser(), s, 3);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"{app.Simulator.BaseUrl}/c/pay/cs_test_", location);
        var sessionId = location.Split('/')[^1];
        var order = await app.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.StripeCheckoutSessionId == sessionId));
        var sent = app.Simulator.SessionRequests.Single(r => r.GetValueOrDefault("client_reference_id") == order.Code);
        Assert.Equal(PaymentMethod.Card, order.PaymentMethod);
        Assert.Equal(PaymentStatus.Unpaid, order.PaymentStatus);
        Assert.Equal("payment", sent["mode"]);
        Assert.Equal("vnd", sent["line_items[0][price_data][currency]"]);
        Assert.Equal(s.Price.ToString(System.Globalization.CultureInfo.InvariantCulture), sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("3", sent["line_items[0][quantity]"]);
        Assert.Equal(order.Code, sent["metadata[order_code]"]);
        Assert.EndsWith($"/orders/{order.Code}?paid=card", sent["success_url"]);
        Assert.EndsWith($"/orders/{order.Code}", sent["cancel_url"]);
    }

    [Fact]
    public async Task PayByCard_UnpaidCardOrder_OrderPageOffersCardAndReusesOpenSession()
    {
        var s = await app.SellableAsync(skip: 2);
        var first = await StripeApp.CheckoutAsync(app.CreateBrowser(), s, 1);
        var sessionId = first.Headers.Location!.OriginalString.Split('/')[^1];
        var code = await app.WithDbAsync(db => db.Orders.Where(o => o.StripeCheckoutSessionId == sessionId).Select(o => o.Code).SingleAsync());
        var buyer = app.CreateBrowser();

        var again = await buyer.PostFormAsync($"/orders/{code}", $"/orders/{code}/card", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
    }
}

/// <summary>The shared app has no Stripe keys: cards must be neither shown nor accepted.</summary>
[Collection(SharedApp.Name)]
public class StripeOffTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Checkout_StripeNotConfigured_CardHiddenAndRefused()
    {
        var s = await app.WithDbAsync(db => db.Listings
            .Where(l => l.Status == ListingStatus.Active && l.Stock >= 20 && l.Shop.Status == ShopStatus.Active)
            .OrderBy(l => l.Id).Skip(5).Select(l => new StripeApp.Sellable(l.ShopId, l.Shop.Slug, l.Id, l.PriceVnd, l.Title)).FirstAsync());
        var before = await app.WithDbAsync(db => db.Orders.CountAsync());
        var buyer = app.CreateBrowser();
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = $"{s.ListingId}", ["quantity"] = "1" }));

        var page = await buyer.GetStringAsync($"/s/{s.Slug}/checkout");
        var response = await StripeApp.CheckoutAsync(buyer, s, 1);

        Assert.DoesNotContain("value=\"Card\"", page);
        Assert.DoesNotContain("Thẻ (Visa, Mastercard)", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cách thanh toán này chưa có ở cửa hàng.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Orders.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.PostAsync("/webhooks/stripe", new StringContent("{}"))).StatusCode);
    }
}
