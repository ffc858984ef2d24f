using QRCoder;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.Web.Features.Payments.Qr;

/// <summary>
/// The VietQR text for a shop or an order, and its picture. The text comes only from our own encoder, so
/// what buyers scan is exactly what the codec tests check.
/// </summary>
internal static class VietQrImages
{
    /// <summary>10 px a module: a version-6 code is about 530 px, sharp on a phone and on an A5 poster.</summary>
    public const int PixelsPerModule = 10;

    /// <summary>
    /// Level M restores 15% of the modules: enough for a creased, sun-faded poster, while keeping the code
    /// at a version that cheap phone cameras still read from a metre away.
    /// </summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>The shop's reusable code: the buyer types the amount.</summary>
    public static string ShopPayload(PaymentAccount account) =>
        VietQrPayload.Encode(VietQrRequest.ForShop(account.BankBin, account.AccountNumber));

    /// <summary>One order's code: its total and its code as the transfer text, so the webhook can match it.</summary>
    public static string OrderPayload(PaymentAccount account, Order order) =>
        VietQrPayload.Encode(VietQrRequest.ForOrder(account.BankBin, account.AccountNumber, order.TotalVnd, order.Code));

    public static byte[] Png(string payload)
    {
        using var data = Generate(payload);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    public static string Svg(string payload)
    {
        using var data = Generate(payload);
        // A viewBox instead of a fixed width: the poster's stylesheet scales it to the paper, still sharp.
        return new SvgQRCode(data).GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The module matrix, quiet zone included; what both pictures draw.</summary>
    public static QRCodeData Generate(string payload) =>
        // The payload is printable ASCII (the encoder guarantees it), so no UTF-8 mode or ECI header:
        // some banking apps' scanners stumble on an ECI designator.
        QRCodeGenerator.GenerateQrCode(payload, ErrorCorrection);
}
