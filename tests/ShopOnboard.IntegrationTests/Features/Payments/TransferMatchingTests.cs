using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public class TransferMatchingTests(PaymentsApp app)
{
    private const string ApiKey = "sepay-key-matching-7Hq2";

    [Theory]
    [InlineData("dh {0} {1}")]
    [InlineData("Dh{0}{1} thanh toan")]
    [InlineData("IBFT THANH TOÁN ĐH {0}-{1}")]
    [InlineData("MBVCB.3278907687.dh-{0}{1}.CT tu 0011 NGUYEN VAN A")]
    public async Task SePay_CodeWrittenLoosely_MatchedAndPaid(string pattern)
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 120_000);
        var digits = order.Code[2..];
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, digits[..4], digits[4..]);

        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 120_000, text));

        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal((order.Id, PaymentMatch.Matched), (payment.OrderId, payment.Match));
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_LeadingZerosDropped_MatchesPaddedCode()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 55_000);
        await app.WithDbAsync(db => db.Orders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Code, "DH00" + order.Code[4..])));
        var typed = "DH" + order.Code[4..].TrimStart('0');

        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 55_000, typed));

        Assert.Equal(order.Id, Assert.Single(await app.PaymentsOfAccountAsync(account.Id)).OrderId);
    }

    [Fact]
    public async Task SePay_Underpaid_FlaggedAndOrderStaysUnpaid()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 300_000);

        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 200_000, order.Code));

        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal((order.Id, PaymentMatch.Underpaid), (payment.OrderId, payment.Match));
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_UnderpaidThenRest_SecondTransferSettlesOrder()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 300_000);
        var client = app.CreateBrowser();

        await client.SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 200_000, order.Code));
        await client.SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 100_000, order.Code + " con thieu"));

        var matches = (await app.PaymentsOfAccountAsync(account.Id)).OrderBy(p => p.Id).Select(p => p.Match);
        Assert.Equal([PaymentMatch.Underpaid, PaymentMatch.Matched], matches);
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_Overpaid_OrderPaidButFlagged()
    {
        var (shopId, account) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 100_000);

        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 1_000_000, order.Code));

        Assert.Equal(PaymentMatch.Overpaid, Assert.Single(await app.PaymentsOfAccountAsync(account.Id)).Match);
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task SePay_CodeOfAnotherShopsOrder_Unmatched()
    {
        var (_, account) = await app.ClaimShopAsync();
        var (otherShopId, _) = await app.ClaimShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var otherShopsOrder = await app.AddOrderAsync(otherShopId, 80_000);

        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 80_000, otherShopsOrder.Code));

        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal((null, PaymentMatch.Unmatched), (payment.OrderId, payment.Match));
        Assert.Equal(PaymentStatus.Unpaid, (await app.OrderAsync(otherShopsOrder.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Inbox_UnmatchedTransferMatchedByHand_OrderPaidAndAudited()
    {
        var (shopId, account, teamMember) = await app.ClaimTeamShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        var order = await app.AddOrderAsync(shopId, 145_000);
        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 145_000, "chuyen tien rau cai"));
        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        var client = await app.SignedInAsync(teamMember);
        var inbox = $"/shops/{shopId}/payments/inbox";

        var before = await client.GetStringAsync(inbox);
        var response = await client.PostFormAsync(inbox, $"{inbox}/{payment.Id}/match", new Dictionary<string, string> { ["OrderCode"] = order.Code.ToLowerInvariant() });
        var after = await client.GetStringAsync(inbox);

        Assert.Contains("chuyen tien rau cai", before);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("chuyen tien rau cai", after);
        var matched = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        Assert.Equal((order.Id, PaymentMatch.Matched), (matched.OrderId, matched.Match));
        Assert.NotNull(matched.ReviewedByUserId);
        Assert.Equal(PaymentStatus.Paid, (await app.OrderAsync(order.Id)).PaymentStatus);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "payment.match" && e.EntityId == payment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(matched.ReviewedByUserId, audit.UserId);
        Assert.Contains(order.Code, audit.After);
    }

    [Fact]
    public async Task Inbox_OrderCodeNotOfThisShop_ErrorAndStillUnmatched()
    {
        var (shopId, account, teamMember) = await app.ClaimTeamShopAsync();
        await app.SetWebhookAsync(account.Id, BankWebhookProvider.SePay, ApiKey);
        await app.CreateBrowser().SePayAsync(account.Id, ApiKey, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 70_000, "khong ghi ma"));
        var payment = Assert.Single(await app.PaymentsOfAccountAsync(account.Id));
        var client = await app.SignedInAsync(teamMember);
        var inbox = $"/shops/{shopId}/payments/inbox";

        var response = await client.PostFormAsync(inbox, $"{inbox}/{payment.Id}/match", new Dictionary<string, string> { ["OrderCode"] = "DH99999999999" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không có đơn hàng nào của cửa hàng này với mã đó.", await response.Content.ReadAsStringAsync());
        Assert.Equal(PaymentMatch.Unmatched, Assert.Single(await app.PaymentsOfAccountAsync(account.Id)).Match);
    }

    [Fact]
    public async Task Inbox_ShopOutsideScope_NotFound()
    {
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer2")}/payments/inbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
