using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Features.Payments.QrImages;
using ShopOnboard.Web.Features.Payments.VietQr;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Payments.Qr;

/// <summary>What a decoded code says, in the API's JSON (camelCase).</summary>
public sealed record VietQrDecodeResponse(
    string Bin, string? BankShortName, string AccountNumber, string ServiceCode, long? Amount, string? Purpose, bool IsDynamic);

/// <summary>
/// Reads a VietQR code for anyone: a buyer checking a poster, a team member checking a farmer's code. It
/// is a public API with no cookie, so no anti-forgery token; the rate limit keeps it from being a free
/// bulk-validation service.
/// </summary>
[Route("api/vietqr")]
public sealed class VietQrDecodeController(BankDirectory banks, IStringLocalizer<SharedResource> text) : ControllerBase
{
    private const int MaxImageBytes = VietQrPicture.MaxImageBytes;

    [HttpPost("decode")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(PaymentRateLimits.PublicApi)]
    [RequestSizeLimit(MaxImageBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImageBytes + (64 * 1024))]
    [Produces("application/json")]
    public async Task<IActionResult> Decode([FromForm] string? payload, IFormFile? image, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(payload) && image is not null)
        {
            var read = await VietQrPicture.ReadAsync(image, cancellationToken);
            if (read.Text is null)
            {
                return Unreadable(read.Problem!);
            }

            payload = read.Text;
        }

        return DecodeText(payload);
    }

    private IActionResult DecodeText(string? payload)
    {
        var result = VietQrDecoder.Decode(payload);
        if (!result.IsSuccess)
        {
            return Unreadable(VietQrErrorText.Of(result.Error));
        }

        var code = result.Code;
        return Ok(new VietQrDecodeResponse(
            code.Bin,
            banks.Find(code.Bin)?.ShortName,
            code.AccountNumber,
            code.Service == VietQrService.Card ? "QRIBFTTC" : "QRIBFTTA",
            code.Amount,
            code.Purpose,
            code.IsDynamic));
    }

    private UnprocessableEntityObjectResult Unreadable(string message) =>
        UnprocessableEntity(new { error = text[message].Value });
}
