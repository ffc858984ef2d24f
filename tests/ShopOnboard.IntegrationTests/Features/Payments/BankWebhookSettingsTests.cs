using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Transfers;

namespace ShopOnboard.IntegrationTests.Features.Payments;

[Collection(PaymentsTests.Name)]
public class BankWebhookSettingsTests(PaymentsApp app)
{
    [Fact]
    public async Task Save_SePayKey_StoredEncryptedShownNeverAndWebhookAccepted()
    {
        const string key = "SEPAY-APIKEY-4f1b9c7e2d";
        var (shopId, account, teamMember) = await app.ClaimTeamShopAsync();
        var client = await app.SignedInAsync(teamMember);
        var page = $"/shops/{shopId}/payments/webhook";

        var response = await client.PostFormAsync(page, page, new Dictionary<string, string> { ["Form.Provider"] = "SePay", ["Form.Secret"] = key });
        var html = await client.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"/webhooks/sepay/{account.Id}", html);
        Assert.Contains($"/webhooks/casso/{account.Id}", html);
        Assert.DoesNotContain(key, html);
        var stored = await app.WithDbAsync(db => Task.FromResult(db.PaymentAccounts.Single(a => a.Id == account.Id)));
        Assert.Equal(BankWebhookProvider.SePay, stored.WebhookProvider);
        Assert.DoesNotContain(key, stored.WebhookSecretProtected);
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("ShopOnboard.BankWebhooks");
        Assert.Equal(key, protector.Unprotect(stored.WebhookSecretProtected!));
        var order = await app.AddOrderAsync(shopId, 30_000);
        var webhook = await app.CreateBrowser().SePayAsync(account.Id, key, WebhookCalls.SePayBody(WebhookCalls.NewTransactionId(), 30_000, order.Code));
        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
    }

    [Fact]
    public async Task Save_ProviderWithoutKey_ErrorNothingStored()
    {
        var (shopId, account, teamMember) = await app.ClaimTeamShopAsync();
        var client = await app.SignedInAsync(teamMember);
        var page = $"/shops/{shopId}/payments/webhook";

        var response = await client.PostFormAsync(page, page, new Dictionary<string, string> { ["Form.Provider"] = "Casso", ["Form.Secret"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy dán khoá bí mật", await response.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => Task.FromResult(db.PaymentAccounts.Single(a => a.Id == account.Id).WebhookSecretProtected)));
    }

    [Fact]
    public async Task Index_ShopOutsideScope_NotFound()
    {
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer2")}/payments/webhook");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
