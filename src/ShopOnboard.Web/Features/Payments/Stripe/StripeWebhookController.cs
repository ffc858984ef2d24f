using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Stripe;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// Where Stripe reports card payments. A wrong signature or a stale timestamp gets 400 and nothing is
/// recorded; every verified event gets 200, duplicates and types we do not handle included, so Stripe stops
/// retrying. The order is marked paid here, never by the buyer's return to the success URL.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(PaymentRateLimits.Webhook)]
public sealed partial class StripeWebhookController(
    StripeApi stripe,
    StripePaymentRecorder recorder,
    TimeProvider clock,
    ILogger<StripeWebhookController> logger) : ControllerBase
{
    /// <summary>A Checkout Session event is a few KB; this leaves room for long metadata and nothing more.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    [HttpPost("/webhooks/stripe")]
    [AllowAnonymous]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        if (!stripe.IsEnabled)
        {
            return NotFound();
        }

        string body;
        using (var reader = new StreamReader(Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var stripeEvent = StripeSignature.Read(body, Request.Headers[StripeSignature.Header], stripe.WebhookSecret, clock.GetUtcNow());
        if (stripeEvent is null)
        {
            LogRejected(logger);
            return BadRequest(new { error = "Invalid Stripe-Signature" });
        }

        if (stripeEvent.ApiVersion is { } version && version != StripeConfiguration.ApiVersion)
        {
            LogVersion(logger, stripeEvent.Id, version, StripeConfiguration.ApiVersion);
        }

        var outcome = await recorder.RecordAsync(stripeEvent, cancellationToken);
        return Ok(new { received = true, outcome = outcome.ToString() });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Stripe webhook: bad signature, stale timestamp or unreadable body")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} has API version {EventVersion}; Stripe.net expects {SdkVersion}. Align the webhook endpoint's version.")]
    private static partial void LogVersion(ILogger logger, string eventId, string eventVersion, string sdkVersion);
}
