using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Payments.Transfers;

public sealed class ManualMatchForm
{
    [Required(ErrorMessage = "Hãy nhập mã đơn hàng, ví dụ DH000123.")]
    [StringLength(40)]
    [Display(Name = "Mã đơn hàng")]
    public string? OrderCode { get; set; }
}

public sealed record InboxPage(int ShopId, string ShopName, IReadOnlyList<InboxRow> Rows, IReadOnlyList<OpenOrder> OpenOrders, int? FailedPaymentId);

/// <summary>The shop's payment inbox: transfers the webhook could not settle on its own.</summary>
[Route("shops/{shopId:int}/payments/inbox")]
public sealed class PaymentInboxController(ShopDbContext db, PaymentInbox inbox, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        View("Inbox", await PageAsync(shopId, null, cancellationToken));

    [HttpPost("{paymentId:int}/match")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Match(int shopId, int paymentId, ManualMatchForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Inbox", await PageAsync(shopId, paymentId, cancellationToken));
        }

        var result = await inbox.MatchAsync(shopId, paymentId, form.OrderCode, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        switch (result)
        {
            case ManualMatchResult.PaymentNotFound:
                return NotFound();
            case ManualMatchResult.OrderNotFound:
                ModelState.AddModelError(nameof(form.OrderCode), text["Không có đơn hàng nào của cửa hàng này với mã đó."]);
                return View("Inbox", await PageAsync(shopId, paymentId, cancellationToken));
            default:
                return Redirect($"/shops/{shopId}/payments/inbox");
        }
    }

    private async Task<InboxPage> PageAsync(int shopId, int? failedPaymentId, CancellationToken cancellationToken)
    {
        var shopName = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstAsync(cancellationToken);
        return new InboxPage(shopId, shopName, await inbox.ListAsync(shopId, cancellationToken), await inbox.OpenOrdersAsync(shopId, cancellationToken), failedPaymentId);
    }
}
