using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>
/// Where SePay and Casso report money arriving in a shop's account. The URL names the account, and the
/// account's own key authenticates the call: a wrong key, signature or stale timestamp gets 401 and
/// nothing is recorded. Every authenticated call that could be read answers success, duplicates
/// included, so the provider stops retrying.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(PaymentRateLimits.Webhook)]
public sealed partial class BankWebhooksController(
    BankWebhookSecrets secrets,
    BankTransferRecorder recorder,
    TimeProvider clock,
    IOptions<PaymentsOptions> options,
    ILogger<BankWebhooksController> logger) : ControllerBase
{
    /// <summary>One transaction's JSON is well under 2 KB; anything this big is not from a bank webhook.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    [HttpPost("/webhooks/sepay/{paymentAccountId:int}")]
    [AllowAnonymous]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> SePay(int paymentAccountId, CancellationToken cancellationToken)
    {
        var key = await secrets.FindAsync(paymentAccountId, BankWebhookProvider.SePay, cancellationToken);
        if (key is null || !WebhookPayloads.HasSePayKey(Request.Headers.Authorization, key.Secret))
        {
            LogRejected(logger, "sepay", paymentAccountId, key is null ? "no SePay key for this account" : "wrong API key");
            return Unauthorized(new { success = false, message = "Unauthorized" });
        }

        var transfer = Parse(await ReadBodyAsync(cancellationToken), WebhookPayloads.ReadSePay);
        return await RecordAsync(key, transfer, cancellationToken);
    }

    [HttpPost("/webhooks/casso/{paymentAccountId:int}")]
    [AllowAnonymous]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Casso(int paymentAccountId, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(cancellationToken);
        var key = await secrets.FindAsync(paymentAccountId, BankWebhookProvider.Casso, cancellationToken);
        var check = key is null
            ? SignatureCheck.Malformed
            : CassoSignature.Verify(Request.Headers[CassoSignature.Header], body, key.Secret, clock.GetUtcNow(), options.Value.WebhookTimestampTolerance);
        if (key is null || check != SignatureCheck.Valid)
        {
            LogRejected(logger, "casso", paymentAccountId, key is null ? "no Casso key for this account" : check.ToString());
            return Unauthorized(new { success = false, message = "Unauthorized" });
        }

        return await RecordAsync(key, Parse(body, WebhookPayloads.ReadCasso), cancellationToken);
    }

    private async Task<IActionResult> RecordAsync(WebhookKey key, IncomingTransfer? transfer, CancellationToken cancellationToken)
    {
        if (transfer is null)
        {
            return BadRequest(new { success = false, message = "Unreadable transaction" });
        }

        await recorder.RecordAsync(key.PaymentAccountId, key.ShopId, transfer, cancellationToken);
        return Ok(new { success = true });
    }

    private static IncomingTransfer? Parse(string body, Func<JsonElement, IncomingTransfer?> read)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<string> ReadBodyAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Provider} webhook for payment account {PaymentAccountId}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string provider, int paymentAccountId, string reason);
}
