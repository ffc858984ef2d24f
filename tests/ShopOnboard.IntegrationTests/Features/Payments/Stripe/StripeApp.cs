using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

/// <summary>The app with card payments on, its Stripe API pointed at a <see cref="StripeSimulator"/>.</summary>
public sealed class StripeApp : ShopOnboardFactory, IAsyncLifetime
{
    public StripeSimulator Simulator { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Stripe:SecretKey", StripeSimulator.SecretKey),
        new("Stripe:WebhookSecret", StripeSimulator.WebhookSecret),
        new("Stripe:ApiBase", Simulator.BaseUrl),
    ];

    public Task InitializeAsync() => Simulator.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Simulator.DisposeAsync();
        await DisposeAsync();
    }

    public sealed record Sellable(int ShopId, string Slug, int ListingId, long Price, string Title);

    /// <summary>A listing with stock in an active shop; cards need no bank account, so any shop will do.</summary>
    public Task<Sellable> SellableAsync(int skip = 0) => WithDbAsync(db => db.Listings
        .Where(l => l.Status == ListingStatus.Active && l.Stock >= 50 && l.Shop.Status == ShopStatus.Active)
        .OrderByDescending(l => l.Id).Skip(skip)
        .Select(l => new Sellable(l.ShopId, l.Shop.Slug, l.Id, l.PriceVnd, l.Title)).FirstAsync());

    /// <summary>Adds to the cart and checks out as a buyer's browser does.</summary>
    public static async Task<HttpResponseMessage> CheckoutAsync(HttpClient buyer, Sellable s, int quantity, string payment = "Card")
    {
        await buyer.PostAsync($"/s/{s.Slug}/cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = $"{s.ListingId}", ["quantity"] = $"{quantity}" }));
        return await buyer.PostFormAsync($"/s/{s.Slug}/checkout", $"/s/{s.Slug}/checkout", new Dictionary<string, string>
        {
            ["Form.Name"] = "Trần Minh Anh",
            ["Form.Phone"] = "0912 345 678",
            ["Form.Province"] = "Hà Nội",
            ["Form.Commune"] = "Phường Ba Đình",
            ["Form.Street"] = "12 phố Hoè Nhai",
            ["Form.Payment"] = payment,
        });
    }

    /// <summary>A card order placed through the storefront, its session id, and the session completed by the buyer.</summary>
    public async Task<(Order Order, System.Text.Json.Nodes.JsonObject PaidSession)> PaidCardOrderAsync(int quantity = 1, int skip = 0)
    {
        var s = await SellableAsync(skip);
        var response = await CheckoutAsync(CreateBrowser(), s, quantity);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessionId = response.Headers.Location!.OriginalString.Split('/')[^1];
        var order = await WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.StripeCheckoutSessionId == sessionId));
        return (order, Simulator.CompleteSession(sessionId));
    }

    public Task<HttpResponseMessage> PostWebhookAsync(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Stripe-Signature", signature);
        }

        return CreateBrowser().SendAsync(request);
    }

    public Task<List<Payment>> CardPaymentsAsync(int orderId) =>
        WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.OrderId == orderId && p.Provider == "stripe").ToListAsync());

    public Task<Order> OrderAsync(int orderId) => WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
}

[CollectionDefinition(Name)]
public class StripeTests : ICollectionFixture<StripeApp>
{
    public const string Name = "stripe app";
}
