using ShopOnboard.Web.Features.Payments.QrImages;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Payments.Qr;

/// <summary>
/// Reads the QR code in a picture: a screenshot of a banking app's "my QR" screen, or a phone-camera photo
/// of it. Used by the public decode API and by the payment-account step.
/// </summary>
public static class VietQrPicture
{
    /// <summary>A phone photo of a code, cropped or not, is well under this.</summary>
    public const int MaxImageBytes = 5 * 1024 * 1024;

    /// <summary>As for product photos: a 48 MP phone camera is refused before its pixels are decoded.</summary>
    private const int MaxImagePixels = 40_000_000;

    /// <summary>The text of the one QR code in the picture, or the sentence (a resource key) that says why there is none.</summary>
    public static async Task<(string? Text, string? Problem)> ReadAsync(IFormFile image, CancellationToken cancellationToken)
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
}
