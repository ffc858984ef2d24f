using ShopOnboard.Web.Features.Payments.VietQr;
using static ShopOnboard.UnitTests.Features.Payments.VietQr.ReferenceCrc;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

/// <summary>
/// Damaged and badly built codes. Most are resealed with a correct CRC (<see cref="ReferenceCrc.Reseal"/>) so
/// that the test proves the structure check itself, not the checksum, rejects them.
/// </summary>
public class VietQrDecoderRejectionTests
{
    private const string NapasDynamic =
        "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN"
        + "62340107NPS68690819thanh toan don hang63042E2E";

    private static VietQrDecodeResult AssertRejected(string payload, VietQrError error, string? field = null)
    {
        var result = VietQrDecoder.Decode(payload);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Code);
        Assert.Equal(error, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        if (field is not null)
        {
            Assert.Equal(field, result.Field);
        }

        return result;
    }

    private static string Edit(string payload, string from, string to)
    {
        Assert.Contains(from, payload, StringComparison.Ordinal);
        return Reseal(payload.Replace(from, to, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    public void Decode_NothingToDecode_Empty(string? payload) => AssertRejected(payload!, VietQrError.Empty);

    [Fact]
    public void Decode_LongerThan512Characters_TooLong() =>
        AssertRejected(Seal(Body() + T("99", new string('x', 99)) + T("98", new string('x', 99))
            + T("97", new string('x', 99)) + T("96", new string('x', 99)) + T("95", new string('x', 99))), VietQrError.TooLong);

    [Fact]
    public void Decode_PurposeWithDiacritics_InvalidCharacters()
    {
        // Same character count, so the lengths would "work" for a reader that counts UTF-16 units.
        var payload = NapasDynamic.Replace("thanh toan don hang", "thanh toán đơn hàng", StringComparison.Ordinal);

        AssertRejected(payload, VietQrError.InvalidCharacters);
    }

    [Fact]
    public void Decode_ControlCharacterInside_InvalidCharacters() =>
        AssertRejected(NapasDynamic.Replace("NPS6869", "NPS\t869", StringComparison.Ordinal), VietQrError.InvalidCharacters);

    [Fact]
    public void Decode_LastCrcDigitChanged_CrcMismatch() =>
        AssertRejected(NapasDynamic[..^1] + "F", VietQrError.CrcMismatch, "63");

    [Fact]
    public void Decode_AmountAlteredKeepingOldCrc_CrcMismatch() =>
        AssertRejected(NapasDynamic.Replace("5406180000", "5406980000", StringComparison.Ordinal), VietQrError.CrcMismatch);

    [Fact]
    public void Decode_CrcWithoutLeadingZero_MissingCrc() =>
        AssertRejected(
            "00020101021138580010A000000727012800069704070114190304136010180208QRIBFTTA53037045802VN6304283",
            VietQrError.MissingCrc);

    [Theory]
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN")]
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6304XYZW")]
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6305F4E5")]
    [InlineData("6304")]
    public void Decode_NoCrcObjectAtEnd_MissingCrc(string payload) => AssertRejected(payload, VietQrError.MissingCrc);

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(125)]
    public void Decode_Truncated_Rejected(int keep)
    {
        var result = VietQrDecoder.Decode(NapasDynamic[..keep]);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error, new[] { VietQrError.MissingCrc, VietQrError.CrcMismatch });
    }

    [Fact]
    public void Decode_TruncatedThenResealed_MalformedTlv() =>
        AssertRejected(Seal(NapasDynamic[..^11]), VietQrError.MalformedTlv);

    [Fact]
    public void Decode_RootLengthOverrunsIntoCrc_MalformedTlv() =>
        AssertRejected(Edit(NapasDynamic, "5802VN", "5803VN"), VietQrError.MalformedTlv);

    [Theory]
    [InlineData("5303704", "53x3704")]
    [InlineData("5303704", "5300704")]
    [InlineData("5303704", "5303704X")]
    [InlineData("5303704", "5303704" + "5303704")]
    public void Decode_BrokenRootObject_MalformedTlv(string from, string to) =>
        AssertRejected(Edit(NapasDynamic, from, to), VietQrError.MalformedTlv);

    [Fact]
    public void Decode_NapasExample611AsPrinted_CorrectCrcButNestedLengthBroken()
    {
        // Printed in NAPAS's own document and copied by many libraries: 0112 announces 12 characters before a
        // 13-digit account. F4E5 is the correct CRC of these bytes, so only the nested walk can catch it.
        const string printed = "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5";
        Assert.Equal(Of(printed[..^4]), printed[^4..]);

        AssertRejected(printed, VietQrError.MalformedTlv, "38/01");
    }

    [Fact]
    public void Decode_Template38LengthInflatedAndResealed_MalformedTlv() =>
        AssertRejected(Edit(NapasDynamic, "0010A000000727", "0011A000000727"), VietQrError.MalformedTlv, "38");

    [Fact]
    public void Decode_Template62LengthInflatedAndResealed_MalformedTlv() =>
        AssertRejected(Edit(NapasDynamic, "0819thanh", "0820thanh"), VietQrError.MalformedTlv, "62");

    [Fact]
    public void Decode_ServiceCodeNestedInsideBeneficiary_InvalidMerchantAccountInfo()
    {
        // vietqr-ts's own fixture: the CRC is right, but 38/02 sits inside 38/01 where NAPAS defines only 00 and 01.
        const string fixture = "00020101021138570010A00000072701390006970422011301234567890200208QRIBFTTA53037045802VN6304A3CF";
        Assert.Equal(Of(fixture[..^4]), fixture[^4..]);

        AssertRejected(fixture, VietQrError.InvalidMerchantAccountInfo, "38/01/02");
    }

    [Fact]
    public void Decode_CrcObjectBeforeTheEnd_MalformedTlv() =>
        AssertRejected(Edit(NapasDynamic, "5802VN", "6304ABCD5802VN"), VietQrError.MalformedTlv, "63");

    [Theory]
    [InlineData("000201010212", "010212000201")]
    [InlineData("000201010212", "000202010212")]
    public void Decode_PayloadFormatNotFirstOrNot01_InvalidPayloadFormat(string from, string to) =>
        AssertRejected(Edit(NapasDynamic, from, to), VietQrError.InvalidPayloadFormat, "00");

    [Theory]
    [InlineData("010212", "01")]
    [InlineData("5303704", "53")]
    [InlineData("5802VN", "58")]
    public void Decode_MandatoryRootFieldRemoved_MissingField(string removed, string field) =>
        AssertRejected(Edit(NapasDynamic, removed, ""), VietQrError.MissingField, field);

    [Fact]
    public void Decode_NapasGuidMissing_MissingField() =>
        AssertRejected(Seal(T("00", "01") + T("01", "11")
            + T("38", T("01", T("00", "970422") + T("01", "0352350917")) + T("02", "QRIBFTTA"))
            + T("53", "704") + T("58", "VN")), VietQrError.MissingField, "38/00");

    [Fact]
    public void Decode_BinMissing_MissingField() =>
        AssertRejected(Seal(T("00", "01") + T("01", "11")
            + T("38", T("00", "A000000727") + T("01", T("01", "0352350917")) + T("02", "QRIBFTTA"))
            + T("53", "704") + T("58", "VN")), VietQrError.MissingField, "38/01/00");

    [Fact]
    public void Decode_AccountNumberMissing_MissingField() =>
        AssertRejected(Seal(T("00", "01") + T("01", "11")
            + T("38", T("00", "A000000727") + T("01", T("00", "970422")) + T("02", "QRIBFTTA"))
            + T("53", "704") + T("58", "VN")), VietQrError.MissingField, "38/01/01");

    [Fact]
    public void Decode_BeneficiaryMissing_MissingField() =>
        AssertRejected(Seal(T("00", "01") + T("01", "11") + T("38", T("00", "A000000727") + T("02", "QRIBFTTA"))
            + T("53", "704") + T("58", "VN")), VietQrError.MissingField, "38/01");

    [Theory]
    [InlineData("13")]
    [InlineData("22")]
    [InlineData("1")]
    public void Decode_PointOfInitiationNot11Or12_InvalidPointOfInitiation(string value) =>
        AssertRejected(Seal(Body(initiation: value)), VietQrError.InvalidPointOfInitiation, "01");

    [Fact]
    public void Decode_VnpayMerchantCode_NotVietQrWithoutCrashing() =>
        AssertRejected(
            "00020101021126280010A000000775011001087990425204597753037045802VN5909MYPHAMHER6005HANOI62260311MY PHAM HER0707MPHER0163041C50",
            VietQrError.NotVietQr, "38");

    [Fact]
    public void Decode_EvnBillCode_NotVietQr() =>
        AssertRejected(
            "000201010211262400020001140100101114-0195204490053037045802VN5931EVN CONG TY DIEN LUC THANH XUAN6006Ha Noi"
            + "62450302000613PD000000000000702000812TT tien dien6304DC30",
            VietQrError.NotVietQr);

    [Fact]
    public void Decode_Template38OfAnotherScheme_NotVietQr() =>
        AssertRejected(Edit(NapasDynamic, "A000000727", "A000000775"), VietQrError.NotVietQr, "38/00");

    [Theory]
    [InlineData("97040")]
    [InlineData("01310001")]
    [InlineData("97040A")]
    public void Decode_BinNotSixDigits_InvalidBin(string bin) =>
        AssertRejected(Seal(Body(bin: bin)), VietQrError.InvalidBin, "38/01/00");

    [Fact]
    public void Decode_AccountOf20Characters_InvalidAccountNumber() =>
        AssertRejected(Seal(Body(account: "01234567890123456789")), VietQrError.InvalidAccountNumber, "38/01/01");

    [Fact]
    public void Decode_NoServiceCode_NotATransferCode() =>
        AssertRejected(Seal(T("00", "01") + T("01", "11")
            + T("38", T("00", "A000000727") + T("01", T("00", "970422") + T("01", "0352350917")))
            + T("53", "704") + T("58", "VN")), VietQrError.NotATransferCode, "38/02");

    [Theory]
    [InlineData("QRPUSH")]
    [InlineData("QRCASH")]
    [InlineData("qribftta")]
    public void Decode_ServiceCodeNotATransfer_UnsupportedService(string service) =>
        AssertRejected(Seal(Body(service: service)), VietQrError.UnsupportedService, "38/02");

    [Fact]
    public void Decode_CurrencyNotVnd_UnsupportedCurrency() =>
        AssertRejected(Edit(NapasDynamic, "5303704", "5303840"), VietQrError.UnsupportedCurrency, "53");

    [Fact]
    public void Decode_CountryNotVietnam_UnsupportedCountry() =>
        AssertRejected(Edit(NapasDynamic, "5802VN", "5802TH"), VietQrError.UnsupportedCountry, "58");

    [Theory]
    [InlineData("180,000")]
    [InlineData("50 000")]
    [InlineData("180000.50")]
    [InlineData("180000.0")]
    [InlineData("1.000.000")]
    [InlineData(".5")]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("0.")]
    [InlineData("-1000")]
    [InlineData("1e5")]
    [InlineData("12345678901234")]
    public void Decode_AmountNotWholeNonZeroDigits_InvalidAmount(string amount) =>
        AssertRejected(Seal(Body(amount: amount)), VietQrError.InvalidAmount, "54");

    [Fact]
    public void Decode_AmountWithDecimals_MessageSaysVndHasNoDecimals() =>
        Assert.Contains("no decimals", AssertRejected(Seal(Body(amount: "180000.50")), VietQrError.InvalidAmount).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("08")]
    [InlineData("01")]
    [InlineData("05")]
    public void Decode_AdditionalLabelOver25Characters_InvalidAdditionalData(string tag) =>
        AssertRejected(Seal(Body(additionalData: T(tag, new string('x', 26)))), VietQrError.InvalidAdditionalData, "62/" + tag);

    [Theory]
    [InlineData("AAM")]
    [InlineData("X")]
    [InlineData("AMEA")]
    public void Decode_InvalidConsumerDataRequest_InvalidAdditionalData(string request) =>
        AssertRejected(Seal(Body(additionalData: T("09", request))), VietQrError.InvalidAdditionalData, "62/09");
}
