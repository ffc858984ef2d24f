using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>
/// Connects the shop's confirmed account to SePay or Casso: the team member pastes the key from the
/// provider's site here and the webhook address from here into the provider's site.
/// </summary>
[Route("shops/{shopId:int}/payments/webhook")]
public sealed class BankWebhookSettingsController(
    ShopDbContext db, BankDirectory banks, BankWebhookSecrets secrets, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(shopId, null, cancellationToken);
        return View("Webhook", page);
    }

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int shopId, [Bind(Prefix = nameof(WebhookSettingsPage.Form))] BankWebhookForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(shopId, form, cancellationToken);
        if (page.Account is not { } account)
        {
            return View("Webhook", page);
        }

        var keepsKey = form.Provider is not null && form.Provider == account.Provider;
        if (form.Provider is not null && string.IsNullOrWhiteSpace(form.Secret) && !keepsKey)
        {
            ModelState.AddModelError("Form.Secret", text["Hãy dán khoá bí mật lấy từ trang của SePay hoặc Casso."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Webhook", page);
        }

        await secrets.SetAsync(account.Id, form.Provider, form.Secret, cancellationToken);
        return Redirect($"/shops/{shopId}/payments/webhook");
    }

    private async Task<WebhookSettingsPage> PageAsync(int shopId, BankWebhookForm? form, CancellationToken cancellationToken)
    {
        var shopName = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstAsync(cancellationToken);
        // Only the confirmed account: money reported into an account the owner never confirmed is not the shop's.
        var account = await db.PaymentAccounts.AsNoTracking()
            .Where(a => a.ShopId == shopId && a.Status == PaymentAccountStatus.Active)
            .OrderByDescending(a => a.ConfirmedAt)
            .Select(a => new { a.Id, a.BankBin, a.AccountNumber, a.HolderName, a.WebhookProvider, a.WebhookSetAt })
            .FirstOrDefaultAsync(cancellationToken);
        var view = account is null ? null : new WebhookAccount(
            account.Id, banks.Find(account.BankBin)?.ShortName ?? account.BankBin, account.AccountNumber, account.HolderName,
            account.WebhookProvider, account.WebhookSetAt);
        var root = $"{Request.Scheme}://{Request.Host}";
        return new WebhookSettingsPage(
            shopId,
            shopName,
            view,
            $"{root}/webhooks/sepay/{account?.Id}",
            $"{root}/webhooks/casso/{account?.Id}",
            form ?? new BankWebhookForm { Provider = account?.WebhookProvider });
    }
}
