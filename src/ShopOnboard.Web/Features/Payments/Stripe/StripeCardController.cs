using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>The buyer's "pay by card" again from the order page, and the shop's card refund.</summary>
public sealed class StripeCardController(StripeCheckout checkout, StripeRefunds refunds, IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>Each call may open a Stripe session, so it is limited per client like the other public APIs.</summary>
    [HttpPost("/orders/{code}/card")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(PaymentRateLimits.PublicApi)]
    public async Task<IActionResult> Pay(string code, CancellationToken cancellationToken)
    {
        var url = await checkout.StartAsync(code, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (url is null)
        {
            TempData["CardProblem"] = text[StripeText.CannotStart].Value;
            return Redirect($"/orders/{Uri.EscapeDataString(code)}");
        }

        return Redirect(url);
    }

    [HttpPost("/shops/{shopId:int}/orders/{orderId:int}/card-refund")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Refund(int shopId, int orderId, CancellationToken cancellationToken)
    {
        if (await refunds.RefundAsync(shopId, orderId, cancellationToken) is { } problem)
        {
            TempData["OrderProblem"] = text[problem.Message, problem.Args].Value;
        }

        return Redirect($"/shops/{shopId}/orders/{orderId}");
    }
}
