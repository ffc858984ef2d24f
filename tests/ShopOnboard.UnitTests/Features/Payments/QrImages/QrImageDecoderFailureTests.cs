using ShopOnboard.Web.Features.Payments.QrImages;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.UnitTests.Features.Payments.QrImages;

public class QrImageDecoderFailureTests
{
    [Fact]
    public void Decode_BlankImage_ReturnsNoCodeFound()
    {
        var pixels = Enumerable.Repeat((byte)240, 400 * 300).ToArray();

        var result = QrImageDecoder.Decode(new LuminanceImage(pixels, 400, 300));

        Assert.False(result.IsSuccess);
        Assert.Equal(QrDecodeError.NoCodeFound, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Decode_RandomNoise_ReturnsFailureWithoutException()
    {
        var random = new Random(7);
        var pixels = new byte[640 * 480];
        random.NextBytes(pixels);

        var result = QrImageDecoder.Decode(new LuminanceImage(pixels, 640, 480));

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error, new[] { QrDecodeError.NoCodeFound, QrDecodeError.FormatUnreadable, QrDecodeError.TooManyErrors });
    }

    [Fact]
    public void Decode_CroppedCodeMissingOneFinder_ReturnsNoCodeFound()
    {
        var image = QrTestImages.Render(QrTestImages.Modules(QrTestImages.VietQr), 4);
        var keep = image.Width * 2 / 3;
        var pixels = new byte[keep * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            Array.Copy(image.Pixels, y * image.Width, pixels, y * keep, keep);
        }

        var result = QrImageDecoder.Decode(new LuminanceImage(pixels, keep, image.Height));

        Assert.False(result.IsSuccess);
        Assert.Equal(QrDecodeError.NoCodeFound, result.Error);
    }

    [Fact]
    public void Decode_TooManyDamagedModules_ReturnsTooManyErrors()
    {
        var modules = QrTestImages.Modules(QrTestImages.VietQr, QRCoder.QRCodeGenerator.ECCLevel.L);
        var size = modules.GetLength(0);
        var random = new Random(11);

        // A third of the data area flipped, finders and format information left intact so the code is still found.
        for (var row = 9; row < size - 9; row++)
        {
            for (var col = 9; col < size - 9; col++)
            {
                if (random.Next(3) == 0)
                {
                    modules[row, col] = !modules[row, col];
                }
            }
        }

        var result = QrImageDecoder.Decode(QrTestImages.Render(modules, 4));

        Assert.False(result.IsSuccess);
        Assert.Equal(QrDecodeError.TooManyErrors, result.Error);
        Assert.Equal(QrTestImages.Version(modules), result.Version);
    }

    [Fact]
    public void Decode_FormatInformationErased_ReturnsFormatUnreadable()
    {
        var modules = QrTestImages.Modules(QrTestImages.VietQr);
        var size = modules.GetLength(0);

        // All light and all dark are both at least 5 bits from every valid format codeword.
        for (var i = 0; i < 9; i++)
        {
            if (i != 6)
            {
                modules[8, i] = false;
                modules[i, 8] = false;
            }

            if (i < 8)
            {
                modules[8, size - 1 - i] = true;
            }

            if (i < 7)
            {
                modules[size - 1 - i, 8] = true;
            }
        }

        var result = QrImageDecoder.Decode(QrTestImages.Render(modules, 4));

        Assert.Equal(QrDecodeError.FormatUnreadable, result.Error);
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(100, 100, 99 * 100)]
    [InlineData(-5, 10, 10)]
    public void Decode_InvalidBitmap_ReturnsInvalidImage(int width, int height, int length)
    {
        var result = QrImageDecoder.Decode(new LuminanceImage(new byte[length], width, height));

        Assert.Equal(QrDecodeError.InvalidImage, result.Error);
    }

    [Fact]
    public void Decode_TinyImage_ReturnsNoCodeFound()
    {
        var result = QrImageDecoder.Decode(new LuminanceImage(new byte[10 * 10], 10, 10));

        Assert.Equal(QrDecodeError.NoCodeFound, result.Error);
    }
}
