using QRCoder;
using ShopOnboard.Web.Features.Payments.QrImages;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.UnitTests.Features.Payments.QrImages;

/// <summary>From uploaded file bytes through <see cref="LuminanceImage.LoadAsync"/> to the decoded text.</summary>
public class QrImageUploadTests
{
    private const int MaxPixels = 40_000_000;

    [Fact]
    public async Task LoadAsync_QrCoderPng_DecodesPayload()
    {
        using var data = new QRCodeGenerator().CreateQrCode(QrTestImages.VietQr, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);

        var image = await LuminanceImage.LoadAsync(new MemoryStream(png), MaxPixels, CancellationToken.None);

        Assert.NotNull(image);
        Assert.Equal(QrTestImages.VietQr, QrImageDecoder.Decode(image).Text);
    }

    [Fact]
    public async Task LoadAsync_TransparentBackgroundPng_FlattensOntoWhiteAndDecodes()
    {
        using var data = new QRCodeGenerator().CreateQrCode(QrTestImages.VietQr, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(4, [0, 0, 0, 255], [0, 0, 0, 0]);

        var image = await LuminanceImage.LoadAsync(new MemoryStream(png), MaxPixels, CancellationToken.None);

        Assert.NotNull(image);
        Assert.Equal(255, image.Pixels[0]);
        Assert.Equal(QrTestImages.VietQr, QrImageDecoder.Decode(image).Text);
    }

    [Fact]
    public async Task LoadAsync_ScreenshotJpegOnColouredBackground_DecodesPayload()
    {
        var modules = QrTestImages.WithCentreLogo(QrTestImages.Modules(QrTestImages.VietQr, QRCodeGenerator.ECCLevel.Q), 0.08);
        var jpeg = Jpeg(Screenshot(1080, 2000, modules, 12), quality: 70);

        var image = await LuminanceImage.LoadAsync(new MemoryStream(jpeg), MaxPixels, CancellationToken.None);

        Assert.NotNull(image);
        Assert.Equal((1080, 2000), (image.Width, image.Height));
        var result = QrImageDecoder.Decode(image);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(QrTestImages.VietQr, result.Text);
    }

    [Fact]
    public async Task LoadAsync_LargePhoto_ShrinksLongerSideTo2000AndStillDecodes()
    {
        var jpeg = Jpeg(Screenshot(3000, 1600, QrTestImages.Modules(QrTestImages.VietQr), 16), quality: 85);

        var image = await LuminanceImage.LoadAsync(new MemoryStream(jpeg), MaxPixels, CancellationToken.None);

        Assert.NotNull(image);
        Assert.Equal(LuminanceImage.MaxSide, Math.Max(image.Width, image.Height));
        Assert.Equal(QrTestImages.VietQr, QrImageDecoder.Decode(image).Text);
    }

    [Fact]
    public async Task LoadAsync_MorePixelsThanAllowed_ReturnsNull()
    {
        using var data = new QRCodeGenerator().CreateQrCode("x", QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(10);

        Assert.Null(await LuminanceImage.LoadAsync(new MemoryStream(png), 100 * 100, CancellationToken.None));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    public async Task LoadAsync_UnreadableBytes_ReturnsNull(byte[] bytes)
    {
        Assert.Null(await LuminanceImage.LoadAsync(new MemoryStream(bytes), MaxPixels, CancellationToken.None));
    }

    [Fact]
    public async Task LoadAsync_NonSeekableStream_DecodesPayload()
    {
        using var data = new QRCodeGenerator().CreateQrCode(QrTestImages.VietQr, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(3);

        var image = await LuminanceImage.LoadAsync(new ForwardOnlyStream(png), MaxPixels, CancellationToken.None);

        Assert.NotNull(image);
        Assert.Equal(QrTestImages.VietQr, QrImageDecoder.Decode(image).Text);
    }

    /// <summary>A banking app's "my QR" screen: coloured gradient, a white card, the code centred on it.</summary>
    internal static Image<Rgb24> Screenshot(int width, int height, bool[,] modules, int scale)
    {
        var size = modules.GetLength(0);
        var codeSide = size * scale;
        var card = codeSide + (8 * scale);
        int cardLeft = (width - card) / 2, cardTop = (height - card) / 2;
        int codeLeft = cardLeft + (4 * scale), codeTop = cardTop + (4 * scale);
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    Rgb24 colour;
                    if (x >= codeLeft && y >= codeTop && x < codeLeft + codeSide && y < codeTop + codeSide
                        && modules[(y - codeTop) / scale, (x - codeLeft) / scale])
                    {
                        colour = new Rgb24(20, 30, 60);
                    }
                    else if (x >= cardLeft && y >= cardTop && x < cardLeft + card && y < cardTop + card)
                    {
                        colour = new Rgb24(255, 255, 255);
                    }
                    else
                    {
                        colour = new Rgb24((byte)(200 - (y * 150 / height)), 30, (byte)(60 + (x * 120 / width)));
                    }

                    row[x] = colour;
                }
            }
        });
        return image;
    }

    internal static byte[] Jpeg(Image<Rgb24> image, int quality)
    {
        using (image)
        {
            using var stream = new MemoryStream();
            image.Save(stream, new JpegEncoder { Quality = quality });
            return stream.ToArray();
        }
    }

    internal static byte[] Png(Image<Rgb24> image)
    {
        using (image)
        {
            using var stream = new MemoryStream();
            image.Save(stream, new PngEncoder());
            return stream.ToArray();
        }
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
