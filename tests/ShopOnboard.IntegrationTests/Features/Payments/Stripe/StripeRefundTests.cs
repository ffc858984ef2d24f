using System.Net;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

[Collection(StripeTests.Name)]
public class StripeRefundTests(StripeApp app)
{
    [Fact]
    public async Task Refund_CardPaidOrderFromOrderPage_StripeRefundedOrderRefundedAndAudited()
    {
        var (order, session) = await app.PaidCardOrderAsync(skip: 3);
        var body = StripeSimulator.EventJson("checkout.session.completed", session);
        Assert.Equal(HttpStatusCode.OK, (await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()))).StatusCode);
        var admin = await app.SignedInAsync("admin");
        var page = $"/shops/{order.ShopId}/orders/{order.Id}";

        var response = await admin.PostFormAsync(page, $"{page}/card-refund", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var refund = Assert.Single(app.Simulator.Refunds, r => r["payment_intent"]!.GetValue<string>() == session["payment_intent"]!.GetValue<string>());
        Assert.Equal(order.TotalVnd, refund["amount"]!.GetValue<long>());
        Assert.Equal(PaymentStatus.Refunded, (await app.OrderAsync(order.Id)).PaymentStatus);
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Any(a => a.Action == "order.card-refund" && a.EntityId == order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        Assert.DoesNotContain($"{page}/card-refund", await admin.GetStringAsync(page));
    }

    [Fact]
    public async Task Refund_UnpaidCardOrder_NoStripeCallAndStillUnpaid()
    {
        var (order, _) = await app.PaidCardOrderAsync(skip: 4);
        var admin = await app.SignedInAsync("admin");
        var before = app.Simulator.Refunds.Count;
        var html = await admin.GetStringAsync($"/shops/{order.ShopId}/orders/{order.Id}");

        var response = await admin.PostAsync($"/shops/{order.ShopId}/orders/{order.Id}/card-refund", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiForgeryTokenAsync($"/shops/{order.ShopId}/orders/{order.Id}", $"/shops/{order.ShopId}/orders/{order.Id}/status"),
        }));

        Assert.DoesNotContain("card-refund", html);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, app.Simulator.Refunds.Count);
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }
}
