using System.Net;
using System.Text.Json;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public class SePayWebhookTests(PaymentsApp app)
{
    private const string ApiKey = "sepay-key-Qx7vN2pL9mR4";

    [Fact]
    public async Task SePay_ValidKeyAndOrderCode_PaymentMatchedOrderPaid()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 250_000);
        var id = WebhookCalls.NewTransactionId();

        var response = await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(id, 250_000, $"{order.Code} thanh toan"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("success").GetBoolean());
        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal(("sepay", id.ToString(System.Globalization.CultureInfo.InvariantCulture), order.Id, PaymentMatch.Matched, 250_000L),
            (payment.Provider, payment.ProviderTransactionId, payment.OrderId, payment.Match, payment.AmountVnd));
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_WrongKey_UnauthorizedNothingRecorded()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 90_000);
        var body = WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 90_000, order.Code);
        var client = app.CreateBrowser();

        var wrongKey = await client.SePayAsync(account.Id, ApiKey + "x", body);
        var noKey = await client.SePayAsync(account.Id, null, body);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.False(JsonDocument.Parse(await wrongKey.Content.ReadAsStringAsync()).RootElement.GetProperty("success").GetBoolean());
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_AccountSetUpForCasso_Unauthorized()
    {
        var (_, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ApiKey);

        var response = await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 10_000, "DH1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
    }

    [Fact]
    public async Task SePay_OutgoingTransfer_AcknowledgedNothingRecorded()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 40_000);

        var response = await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 40_000, order.Code, "out"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
    }

    [Fact]
    public async Task SePay_SameTransferDeliveredTwice_RecordedOnceBothAcknowledged()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 60_000);
        var body = WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 60_000, order.Code);
        var client = app.CreateBrowser();

        var first = await client.SePayAsync(account.Id, ApiKey, body);
        var retry = await client.SePayAsync(account.Id, ApiKey, body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(PaymentMatch.Matched, Assert.Single(await app.PaymentsOfAccountAsync(account.Id)).Match);
    }
}
