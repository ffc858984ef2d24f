using System.Text;
using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

public class VietQrTextTests
{
    [Theory]
    [InlineData("Thanh toán đơn hàng", "Thanh toan don hang")]
    [InlineData("ĐẶNG THỊ ĐÀO", "DANG THI DAO")]
    [InlineData("ủng hộ lũ lụt", "ung ho lu lut")]
    [InlineData("Quýt Mường Khương", "Quyt Muong Khuong")]
    [InlineData("INV/TEST/0001", "INV TEST 0001")]
    [InlineData("  DH1234  ", "DH1234")]
    [InlineData("DH1234 – Mật ong", "DH1234 Mat ong")]
    [InlineData("DH1 😀 tươi", "DH1 tuoi")]
    [InlineData("a\tb\nc", "a b c")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToAdditionalData_FreeText_AsciiLettersDigitsAndSingleSpacesKeepingCase(string? input, string expected) =>
        Assert.Equal(expected, VietQrText.ToAdditionalData(input));

    [Fact]
    public void ToAdditionalData_DecomposedInput_SameAsComposed() =>
        Assert.Equal(
            VietQrText.ToAdditionalData("Thanh toán đơn hàng"),
            VietQrText.ToAdditionalData("Thanh toán đơn hàng".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void ToAdditionalData_LongText_CutTo25()
    {
        var result = VietQrText.ToAdditionalData("DH1234 Mật ong rừng Hoàng Thị Hoa");

        Assert.Equal("DH1234 Mat ong rung Hoang", result);
        Assert.Equal(VietQrText.MaxLength, result.Length);
    }

    [Fact]
    public void ToAdditionalData_CutFallsOnSpace_NoTrailingSpace() =>
        Assert.Equal(new string('A', 24), VietQrText.ToAdditionalData(new string('A', 24) + " BBB"));

    [Fact]
    public void ToAdditionalData_EveryVietnameseLetter_OnlyAsciiLettersRemain()
    {
        const string letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        var input = letters + letters.ToUpperInvariant();

        // Chunks of 25 so that the length limit does not cut anything.
        var result = string.Concat(input.Chunk(VietQrText.MaxLength).Select(c => VietQrText.ToAdditionalData(new string(c))));

        Assert.Equal(input.Length, result.Length);
        Assert.All(result, c => Assert.True(char.IsAsciiLetter(c), $"'{c}' is not an ASCII letter"));
        Assert.Equal("aaaaaaaaaaaaaaaaaa", result[..18]);
        Assert.EndsWith("D", result, StringComparison.Ordinal);
    }
}
