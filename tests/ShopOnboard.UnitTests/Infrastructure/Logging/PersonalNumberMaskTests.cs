using ShopOnboard.Web.Infrastructure.Logging;

namespace ShopOnboard.UnitTests.Infrastructure.Logging;

public class PersonalNumberMaskTests
{
    [Theory]
    [InlineData("gửi mã tới 0912345678", "gửi mã tới *******678")]
    [InlineData("phone=+84912345678.", "phone=********678.")]
    [InlineData("SĐT: 0912 345 678", "SĐT: *******678")]
    [InlineData("+84 912.345.678", "********678")]
    [InlineData("/shops/by-phone/0387654321", "/shops/by-phone/*******321")]
    public void Mask_PhoneNumber_KeepsLastThreeDigits(string text, string expected) =>
        Assert.Equal(expected, PersonalNumberMask.Mask(text));

    [Theory]
    [InlineData("STK 1012345678 của chủ hộ", "STK ******5678 của chủ hộ")]
    [InlineData("account 123456", "account **3456")]
    [InlineData("\"accountNumber\":\"0123499999888\"", "\"accountNumber\":\"*********9888\"")]
    public void Mask_AccountNumber_KeepsLastFourDigits(string text, string expected) =>
        Assert.Equal(expected, PersonalNumberMask.Mask(text));

    [Theory]
    [InlineData("order DH12345678 total 1.500.000 đ")]
    [InlineData("tổng 1500000 đ, 250000 VND")]
    [InlineData("at 2026-03-01T10:12:13.1234567Z, took 12345 ms")]
    [InlineData("listening on http://127.0.0.1:5090")]
    [InlineData("photo 3f2504e0-4f89-11d3-9a0c-030512345678.jpg")]
    [InlineData("ratio 0.1234567")]
    public void Mask_OrdinaryNumbers_LeftReadable(string text) =>
        Assert.Equal(text, PersonalNumberMask.Mask(text));
}
