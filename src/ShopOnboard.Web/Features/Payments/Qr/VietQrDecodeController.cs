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
    /// <summary>A phone photo of a code, cropped or not, is well under this.</summary>
    public const int MaxImageBytes = 5 * 1024 * 1024;

    /// <summary>As for product photos: a 48 MP phone camera is refused before its pixels are decoded.</summary>
    private const int MaxImagePixels = 40_000_000;

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
            var read = await ReadImageAsync(image, cancellationToken);
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

    /// <summary>The text of the one QR code in the picture, or the sentence that says why there is none.</summary>
    private static async Task<(string? Text, string? Problem)> ReadImageAsync(IFormFile image, CancellationToken cancellationToken)
    {
        if (image.Length > MaxImageBytes)
        {
            return (null, VietQrErrorText.ImageTooLarge);
        }

        await using var stream = image.OpenReadStream();
        var bitmap = await LuminanceImage.LoadAsync(stream, MaxImagePixels, cancellationToken);
        if (bitmap is null)
        {
            return (null, VietQrErrorText.ImageUnreadable);
        }

        var qr = QrImageDecoder.Decode(bitmap);
        return qr.Error switch
        {
            QrDecodeError.None => (qr.Text, null),
            QrDecodeError.InvalidImage or QrDecodeError.NoCodeFound => (null, VietQrErrorText.NoQrInImage),
            _ => (null, VietQrErrorText.QrInImageDamaged),
        };
    }

    private UnprocessableEntityObjectResult Unreadable(string message) =>
        UnprocessableEntity(new { error = text[message].Value });
}
