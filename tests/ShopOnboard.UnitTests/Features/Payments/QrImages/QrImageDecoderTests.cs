using QRCoder;
using ShopOnboard.Web.Features.Payments.QrImages;
using static QRCoder.QRCodeGenerator;

namespace ShopOnboard.UnitTests.Features.Payments.QrImages;

public class QrImageDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Decode_VietQrAtScale_ReturnsPayload(int pixelsPerModule)
    {
        var image = QrTestImages.Render(QrTestImages.Modules(QrTestImages.VietQr), pixelsPerModule);

        var result = QrImageDecoder.Decode(image);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(QrTestImages.VietQr, result.Text);
        Assert.Equal(0, result.CorrectedCodewords);
    }

    [Theory]
    [InlineData(ECCLevel.L, QrErrorCorrectionLevel.L)]
    [InlineData(ECCLevel.M, QrErrorCorrectionLevel.M)]
    [InlineData(ECCLevel.Q, QrErrorCorrectionLevel.Q)]
    [InlineData(ECCLevel.H, QrErrorCorrectionLevel.H)]
    public void Decode_EachErrorCorrectionLevel_ReturnsPayloadAndLevel(ECCLevel level, QrErrorCorrectionLevel expected)
    {
        var image = QrTestImages.Render(QrTestImages.Modules(QrTestImages.VietQr, level), 4);

        var result = QrImageDecoder.Decode(image);

        Assert.Equal(QrTestImages.VietQr, result.Text);
        Assert.Equal(expected, result.ErrorCorrectionLevel);
    }

    public static TheoryData<int> AllVersions() => new(Enumerable.Range(1, 40));

    /// <summary>Every version at every level checks the block table, alignment positions and version bits.</summary>
    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Decode_VersionAtEveryLevel_ReturnsPayloadAndVersion(int version)
    {
        var text = string.Concat(Enumerable.Repeat("vietqr-", version));
        foreach (var level in new[] { ECCLevel.L, ECCLevel.M, ECCLevel.Q, ECCLevel.H })
        {
            var modules = QrTestImages.Modules(text, level, version);
            Assert.Equal(version, QrTestImages.Version(modules));

            var result = QrImageDecoder.Decode(QrTestImages.Render(modules, version <= 15 ? 3 : 2));

            Assert.True(result.IsSuccess, $"{level}: {result.Message}");
            Assert.Equal(text, result.Text);
            Assert.Equal(version, result.Version);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decode_QuarterTurns_ReturnsPayload(int quarterTurns)
    {
        var modules = QrTestImages.Rotate(QrTestImages.Modules(QrTestImages.VietQr), quarterTurns);

        var result = QrImageDecoder.Decode(QrTestImages.Render(modules, 5));

        Assert.Equal(QrTestImages.VietQr, result.Text);
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(10.0)]
    [InlineData(30.0)]
    [InlineData(-17.0)]
    public void Decode_SmallRotation_ReturnsPayload(double degrees)
    {
        var image = QrTestImages.RenderRotated(QrTestImages.Modules(QrTestImages.VietQr), 6, degrees);

        var result = QrImageDecoder.Decode(image);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(QrTestImages.VietQr, result.Text);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(160)]
    [InlineData(220)]
    public void Decode_ColouredFrameAroundQuietZone_ReturnsPayload(int frameLuma)
    {
        var image = QrTestImages.Render(QrTestImages.Modules(QrTestImages.VietQr), 4, quietModules: 2, frame: 120, frameLuma: (byte)frameLuma);

        var result = QrImageDecoder.Decode(image);

        Assert.Equal(QrTestImages.VietQr, result.Text);
    }

    [Theory]
    [InlineData(ECCLevel.Q)]
    [InlineData(ECCLevel.H)]
    public void Decode_CentreLogoOverEightPercent_CorrectsAndReturnsPayload(ECCLevel level)
    {
        var modules = QrTestImages.WithCentreLogo(QrTestImages.Modules(QrTestImages.VietQr, level), 0.08);

        var result = QrImageDecoder.Decode(QrTestImages.Render(modules, 4));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(QrTestImages.VietQr, result.Text);
        Assert.True(result.CorrectedCodewords > 0);
    }

    [Theory]
    [InlineData("0123456789012345678901234567890123456789")]
    [InlineData("HTTPS://VIETQR.VN/ABC $%*+-./:")]
    [InlineData("Cửa hàng số: Gạo ST25 – bà Nguyễn Thị Đào, thôn Đông")]
    [InlineData("x")]
    public void Decode_TextInEachMode_ReturnsText(string text)
    {
        var result = QrImageDecoder.Decode(QrTestImages.Render(QrTestImages.Modules(text), 3));

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Decode_LightModulesOnDarkBackground_ReturnsPayload()
    {
        var image = QrTestImages.Render(QrTestImages.Modules(QrTestImages.VietQr), 4);
        var inverted = image with { Pixels = image.Pixels.Select(p => (byte)(255 - p)).ToArray() };

        var result = QrImageDecoder.Decode(inverted);

        Assert.Equal(QrTestImages.VietQr, result.Text);
    }
}
