using System.Net;
using System.Text;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Stripe;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

[Collection(StripeTests.Name)]
public class StripeWebhookTests(StripeApp app)
{
    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    [Fact]
    public async Task Webhook_ValidSignature_RecordsCardPaymentAndMarksPaid()
    {
        var (order, session) = await app.PaidCardOrderAsync(quantity: 2);
        var body = StripeSimulator.EventJson("checkout.session.completed", session);

        var response = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = Assert.Single(await app.CardPaymentsAsync(order.Id));
        Assert.Equal(PaymentMethod.Card, payment.Method);
        Assert.Equal(session["payment_intent"]!.GetValue<string>(), payment.ProviderTransactionId);
        Assert.Equal(order.TotalVnd, payment.AmountVnd);
        Assert.Equal(PaymentMatch.Matched, payment.Match);
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Webhook_SameEventTwice_OnePayment()
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var body = StripeSimulator.EventJson("checkout.session.completed", session);

        var first = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now));
        var second = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Duplicate", await second.Content.ReadAsStringAsync());
        Assert.Single(await app.CardPaymentsAsync(order.Id));
    }

    [Fact]
    public async Task Webhook_SameEvent20TimesConcurrently_OnePayment()
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var body = StripeSimulator.EventJson("checkout.session.completed", session);
        var signature = StripeSimulator.SignatureHeader(body, Now);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.PostWebhookAsync(body, signature)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await app.CardPaymentsAsync(order.Id));
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Webhook_CompletedAndAsyncSucceededForSamePayment_OnePayment()
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var completed = StripeSimulator.EventJson("checkout.session.completed", session);
        var succeeded = StripeSimulator.EventJson("checkout.session.async_payment_succeeded", session);

        await app.PostWebhookAsync(completed, StripeSimulator.SignatureHeader(completed, Now));
        var response = await app.PostWebhookAsync(succeeded, StripeSimulator.SignatureHeader(succeeded, Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.CardPaymentsAsync(order.Id));
    }

    [Fact]
    public async Task Webhook_OneByteChangedInBody_RejectedNothingRecorded()
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var body = StripeSimulator.EventJson("checkout.session.completed", session);
        var signature = StripeSimulator.SignatureHeader(body, Now);
        var bytes = Encoding.UTF8.GetBytes(body);
        var at = body.IndexOf("\"amount_total\":", StringComparison.Ordinal) + "\"amount_total\":".Length;
        bytes[at] = (byte)(bytes[at] == (byte)'1' ? '2' : '1');

        var response = await app.PostWebhookAsync(Encoding.UTF8.GetString(bytes), signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.CardPaymentsAsync(order.Id));
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Webhook_TimestampOutsideFiveMinutes_RejectedNothingRecorded(int offsetSeconds)
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var body = StripeSimulator.EventJson("checkout.session.completed", session);

        var response = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now + offsetSeconds));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.CardPaymentsAsync(order.Id));
    }

    [Fact]
    public async Task Webhook_WrongSecretOrNoHeader_Rejected()
    {
        var (order, session) = await app.PaidCardOrderAsync();
        var body = StripeSimulator.EventJson("checkout.session.completed", session);

        var wrongSecret = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now, "whsec_someone_else"));
        var noHeader = await app.PostWebhookAsync(body, null);

        Assert.Equal(HttpStatusCode.BadRequest, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Empty(await app.CardPaymentsAsync(order.Id));
    }

    [Fact]
    public async Task Webhook_UnknownEventType_OkAndIgnored()
    {
        var body = StripeSimulator.EventJson("customer.created", new System.Text.Json.Nodes.JsonObject { ["id"] = "cus_123", ["object"] = "customer" });

        var response = await app.PostWebhookAsync(body, StripeSimulator.SignatureHeader(body, Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ignored", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// stripe-dotnet's own vector: src/StripeTests/Resources/event_test_signature.json (484 bytes with its
    /// trailing newline), secret "webhook_secret", t=1533204620, v1 from EventUtilityTest.cs.
    /// </summary>
    [Fact]
    public void Read_StripeSdkTestVector_AcceptedWithinToleranceOnly()
    {
        const string Fixture = "{\n  \"id\": \"evt_123\",\n  \"object\": \"event\",\n  \"account\": \"acct_123\",\n  \"api_version\": \"2017-05-25\",\n  \"created\": 1533204620,\n  \"data\": {\n    \"object\": {\n      \"id\": \"cus_123\",\n      \"object\": \"customer\",\n      \"created\": 123456789,\n      \"email\": \"test@stripe.com\",\n      \"livemode\": false,\n      \"metadata\": {}\n    }\n  },\n  \"livemode\": false,\n  \"pending_webhooks\": 1,\n  \"request\": {\n    \"id\": \"req_123\",\n    \"idempotency_key\": \"idempotency-key-123\"\n  },\n  \"type\": \"customer.created\"\n}\n";
        const string Header = "t=1533204620,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef";
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(1533204620);

        var accepted = StripeSignature.Read(Fixture, Header, "webhook_secret", signedAt.AddSeconds(100));

        Assert.Equal(484, Encoding.UTF8.GetByteCount(Fixture));
        Assert.Equal("evt_123", accepted?.Id);
        Assert.Null(StripeSignature.Read(Fixture, Header, "webhook_secret", signedAt.AddSeconds(301)));
        Assert.Null(StripeSignature.Read(Fixture.TrimEnd('\n'), Header, "webhook_secret", signedAt));
        Assert.Equal(StripeSimulator.SignatureHeader(Fixture, 1533204620, "webhook_secret"), Header[..Header.IndexOf(",v0=", StringComparison.Ordinal)]);
    }
}
