using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.UnitTests.Infrastructure;

public class VietnamesePhoneTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("+84 912.345.678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("0356-123-456", "0356123456")]
    public void Normalize_ValidMobile_TenDigitsWithLeadingZero(string input, string expected) =>
        Assert.Equal(expected, VietnamesePhone.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("0212345678")]
    [InlineData("09123456789")]
    [InlineData("abc")]
    [InlineData(null)]
    public void Normalize_NotAMobileNumber_Null(string? input) =>
        Assert.Null(VietnamesePhone.Normalize(input));
}
