using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

public class VietQrCrcTests
{
    [Fact]
    public void Compute_StandardCheckString_Is29B1() => Assert.Equal("29B1", VietQrCrc.Compute("123456789"));

    [Fact]
    public void Compute_EmptyInput_IsInitialValueFFFF() => Assert.Equal("FFFF", VietQrCrc.Compute(""));

    [Theory]
    [InlineData("A")]
    [InlineData("6304")]
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6304")]
    [InlineData("The quick brown fox jumps over the lazy dog ~!@#$%^&*()")]
    public void Compute_AnyAsciiText_AgreesWithBitwiseReference(string text) =>
        Assert.Equal(ReferenceCrc.Of(text), VietQrCrc.Compute(text));

    [Fact]
    public void Compute_ValueBelow0x1000_ZeroPaddedToFourDigits()
    {
        // Techcombank code from vietnam-qr-pay's tests: its CRC is 0x0283, a known trap for generators.
        const string body = "00020101021138580010A000000727012800069704070114190304136010180208QRIBFTTA53037045802VN6304";

        Assert.Equal("0283", VietQrCrc.Compute(body));
    }

    [Fact]
    public void Compute_LetterDigits_UpperCase() =>
        Assert.Equal("9E6F", VietQrCrc.Compute(
            "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6304"));
}
