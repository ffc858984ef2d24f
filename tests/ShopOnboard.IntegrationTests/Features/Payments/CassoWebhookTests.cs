using System.Net;
using System.Text;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Transfers;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public class CassoWebhookTests(PaymentsApp app)
{
    private const string ChecksumKey = "casso-key-5dW0pYhT2sKqLm8vBz3cRx";

    /// <summary>The vector in php.php, python.py and dotnet.cs of CassoHQ/casso-webhook-v2-verify-signature.</summary>
    [Fact]
    public void Verify_CassoPublishedVector_Valid()
    {
        const string body = """{"error":0,"data":{"id":0,"reference":"MA_GIAO_DICH_THU_NGHIEM","description":"giao dich thu nghiem","amount":599000,"runningBalance":25000000,"transactionDateTime":"2024-10-03 15:06:37","accountNumber":"88888888","bankName":"VPBank","bankAbbreviation":"VPB","virtualAccountNumber":"","virtualAccountName":"","counterAccountName":"NGUYEN VAN A","counterAccountNumber":"8888888888","counterAccountBankId":"970415","counterAccountBankName":"VietinBank"}}""";
        const string header = "t=1727948258788,v1=ed0a4bd2e826d5cb69988cdb141e6c1a080e21f3b57eb72cd78192220042b9e7dde0868fc667faea8e224900fa7904e7c88dfa098032fb2d6b6996856e8b7ff3";
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(1727948258788);

        var check = CassoSignature.Verify(header, body, "mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs", signedAt.AddSeconds(3), TimeSpan.FromMinutes(5));
        var later = CassoSignature.Verify(header, body, "mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs", signedAt.AddMinutes(6), TimeSpan.FromMinutes(5));

        Assert.Equal(SignatureCheck.Valid, check);
        Assert.Equal(SignatureCheck.Stale, later);
    }

    [Fact]
    public async Task Casso_SignedAsDocumented_OkOrderPaid()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var order = await app.AddOrderAsync(shopId, 599_000);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 599_000, $"NGUYEN VAN A chuyen tien {order.Code}");

        var response = await app.CreateBrowser().CassoAsync(account.Id, WebhookCalls.CassoSignature(WebhookCalls.NowMs(), body, ChecksumKey), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal(("casso", order.Id, PaymentMatch.Matched), (payment.Provider, payment.OrderId, payment.Match));
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Casso_OneByteOfBodyChanged_UnauthorizedNothingRecorded()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var order = await app.AddOrderAsync(shopId, 599_000);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 599_000, order.Code);
        var signature = WebhookCalls.CassoSignature(WebhookCalls.NowMs(), body, ChecksumKey);
        var bytes = Encoding.UTF8.GetBytes(body);
        var at = body.IndexOf("599000", StringComparison.Ordinal);
        bytes[at] = (byte)'9';

        var response = await app.CreateBrowser().CassoAsync(account.Id, signature, Encoding.UTF8.GetString(bytes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Casso_OneByteOfSignatureChanged_Unauthorized()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var order = await app.AddOrderAsync(shopId, 10_000);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 10_000, order.Code);
        var signature = WebhookCalls.CassoSignature(WebhookCalls.NowMs(), body, ChecksumKey);
        var flipped = signature[..^1] + (signature[^1] == '0' ? '1' : '0');

        var response = await app.CreateBrowser().CassoAsync(account.Id, flipped, body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
    }

    [Fact]
    public async Task Casso_StaleTimestamp_UnauthorizedNothingRecorded()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var order = await app.AddOrderAsync(shopId, 75_000);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 75_000, order.Code);
        var tenMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeMilliseconds();

        var response = await app.CreateBrowser().CassoAsync(account.Id, WebhookCalls.CassoSignature(tenMinutesAgo, body, ChecksumKey), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
    }

    [Fact]
    public async Task Casso_WrongChecksumKey_Unauthorized()
    {
        var (_, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 75_000, "DH1");

        var response = await app.CreateBrowser().CassoAsync(account.Id, WebhookCalls.CassoSignature(WebhookCalls.NowMs(), body, "another-key"), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.PaymentsOfAccountAsync(account.Id));
    }

    [Fact]
    public async Task Casso_SameTransfer50TimesConcurrently_ExactlyOnePayment()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.Casso, ChecksumKey);
        var order = await app.AddOrderAsync(shopId, 320_000);
        var body = WebhookCalls.CassoBody(WebhookCalls.NewTransactionId(), 320_000, order.Code);
        var signature = WebhookCalls.CassoSignature(WebhookCalls.NowMs(), body, ChecksumKey);
        var client = app.CreateBrowser();
        using var start = new ManualResetEventSlim();

        var deliveries = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await client.CassoAsync(account.Id, signature, body);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(deliveries);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal((order.Id, PaymentMatch.Matched, 320_000L), (payment.OrderId, payment.Match, payment.AmountVnd));
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }
}
