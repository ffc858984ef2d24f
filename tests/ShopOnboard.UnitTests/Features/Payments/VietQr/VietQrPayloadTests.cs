using System.Globalization;
using ShopOnboard.Web.Features.Payments.VietQr;
using static ShopOnboard.UnitTests.Features.Payments.VietQr.ReferenceCrc;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

/// <summary>
/// Golden outputs: published payloads whose CRC and TLV lengths were re-checked independently (the CRC by
/// <see cref="ReferenceCrc"/> in each test), never copied on trust. The NAPAS 6.1.1 string as printed is
/// misprinted (0112 before 13 digits); the corrected one ends 9E6F.
/// </summary>
public class VietQrPayloadTests
{
    private const string NapasStaticAccount =
        "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F";

    private const string NapasDynamicAccount =
        "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN"
        + "62340107NPS68690819thanh toan don hang63042E2E";

    private const string NapasStaticCard =
        "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52";

    private const string NapasDynamicCard =
        "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN"
        + "62340107NPS68690819thanh toan don hang6304A203";

    private static void AssertGolden(string expected, string actual)
    {
        Assert.Equal(ReferenceCrc.Of(expected[..^4]), expected[^4..]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Encode_NapasExample611CorrectedStaticAccount_MatchesCharacterForCharacter() =>
        AssertGolden(NapasStaticAccount, VietQrPayload.Encode(VietQrRequest.ForShop("970403", "0011012345678")));

    [Fact]
    public void Encode_NapasExample612DynamicAccount_MatchesCharacterForCharacter()
    {
        var request = VietQrRequest.ForOrder("970403", "0011012345678", 180_000, "thanh toan don hang") with
        {
            BillNumber = "NPS6869",
        };

        AssertGolden(NapasDynamicAccount, VietQrPayload.Encode(request));
    }

    [Fact]
    public void Encode_NapasExample613StaticCard_MatchesCharacterForCharacter()
    {
        var request = VietQrRequest.ForShop("970403", "9704031101234567") with { Service = VietQrService.Card };

        AssertGolden(NapasStaticCard, VietQrPayload.Encode(request));
    }

    [Fact]
    public void Encode_NapasExample614DynamicCardFromFieldTable_MatchesCharacterForCharacter()
    {
        var request = VietQrRequest.ForOrder("970403", "9704031101234567", 180_000, "thanh toan don hang") with
        {
            Service = VietQrService.Card,
            BillNumber = "NPS6869",
        };

        AssertGolden(NapasDynamicCard, VietQrPayload.Encode(request));
    }

    [Fact]
    public void Encode_VietnamQrPayAcbSample_MatchesCharacterForCharacter() =>
        AssertGolden(
            "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8",
            VietQrPayload.Encode(VietQrRequest.ForOrder("970416", "257678859", 1_000, "Chuyển tiền")));

    [Fact]
    public void Encode_VietnamesePurposeLikeSubizSample_FoldsToPublishedPayload() =>
        AssertGolden(
            "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN"
            + "62170813ung ho lu lut6304C15C",
            VietQrPayload.Encode(VietQrRequest.ForOrder("970415", "0011001932418", 120_000, "ủng hộ lũ lụt")));

    [Fact]
    public void Encode_ZaloPayWalletAccountWithLetters_MatchesPublishedPayload() =>
        AssertGolden(
            "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C",
            VietQrPayload.Encode(VietQrRequest.ForShop("970454", "99ZP24009M07248267")));

    [Fact]
    public void Encode_CrcBelow0x1000_ZeroPadded() =>
        AssertGolden(
            "00020101021138580010A000000727012800069704070114190304136010180208QRIBFTTA53037045802VN63040283",
            VietQrPayload.Encode(VietQrRequest.ForShop("970407", "19030413601018")));

    [Fact]
    public void Encode_ShopOrderCode_EqualsHandBuiltTlvWithHandComputedCrc()
    {
        var expected = Seal(Body(amount: "250000", additionalData: T("08", "DH1234")));

        Assert.Equal(expected, VietQrPayload.Encode(VietQrRequest.ForOrder("970422", "0352350917", 250_000, "DH1234")));
    }

    [Fact]
    public void Encode_ShopCode_StaticWithoutAmountOrAdditionalData()
    {
        var payload = VietQrPayload.Encode(VietQrRequest.ForShop("970422", "0352350917"));

        Assert.Equal(Seal(Body(initiation: "11", amount: null)), payload);
        Assert.DoesNotContain("5406", payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Encode_AnyCurrentCulture_AmountIsPlainInvariantDigits(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            var payload = VietQrPayload.Encode(VietQrRequest.ForOrder("970422", "0352350917", 1_250_000, "DH1"));

            Assert.Contains("54071250000", payload, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Encode_PurposeWithNothingPrintable_LeavesOutTag62()
    {
        var payload = VietQrPayload.Encode(VietQrRequest.ForOrder("970422", "0352350917", 1_000, "!!! ???"));

        Assert.Equal(Seal(Body(amount: "1000")), payload);
    }

    [Fact]
    public void Encode_LongPurpose_CutTo25Characters()
    {
        var payload = VietQrPayload.Encode(
            VietQrRequest.ForOrder("970422", "0352350917", 1_000, "DH1234 Mật ong rừng Hoàng Thị Hoa"));

        Assert.Contains(T("62", T("08", "DH1234 Mat ong rung Hoang")), payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("97042")]
    [InlineData("9704220")]
    [InlineData("97042A")]
    [InlineData("９７０４２２")]
    public void Encode_BinNotSixAsciiDigits_Throws(string bin) =>
        Assert.Throws<ArgumentException>(() => VietQrPayload.Encode(VietQrRequest.ForShop(bin, "0352350917")));

    [Theory]
    [InlineData("")]
    [InlineData("01234567890123456789")]
    [InlineData("0352 350917")]
    [InlineData("0352-350917")]
    [InlineData("Đ352350917")]
    public void Encode_AccountNotOneTo19AsciiLettersOrDigits_Throws(string account) =>
        Assert.Throws<ArgumentException>(() => VietQrPayload.Encode(VietQrRequest.ForShop("970422", account)));

    [Fact]
    public void Encode_CardNumberWithLetters_Throws() =>
        Assert.Throws<ArgumentException>(() => VietQrPayload.Encode(
            VietQrRequest.ForShop("970403", "97040311A1234567") with { Service = VietQrService.Card }));

    [Theory]
    [InlineData(0L)]
    [InlineData(-1_000L)]
    [InlineData(10_000_000_000_000L)]
    public void Encode_AmountOutsideOneTo13Digits_Throws(long amount) =>
        Assert.Throws<ArgumentException>(() => VietQrPayload.Encode(
            VietQrRequest.ForOrder("970422", "0352350917", amount, "DH1")));

    [Fact]
    public void Encode_LargestThirteenDigitAmount_Accepted() =>
        Assert.Contains("54139999999999999", VietQrPayload.Encode(
            VietQrRequest.ForOrder("970422", "0352350917", 9_999_999_999_999, "DH1")), StringComparison.Ordinal);

    [Fact]
    public void Encode_NullRequest_Throws() => Assert.Throws<ArgumentNullException>(() => VietQrPayload.Encode(null!));
}
