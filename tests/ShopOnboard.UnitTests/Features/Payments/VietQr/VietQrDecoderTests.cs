using ShopOnboard.Web.Features.Payments.VietQr;
using static ShopOnboard.UnitTests.Features.Payments.VietQr.ReferenceCrc;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

/// <summary>
/// Published payloads that a banking app or wallet produced or accepted. Each was checked before use with an
/// independent CRC and TLV walk; <see cref="Published_EveryPayload_CrcVerifiedIndependently"/> keeps that check.
/// </summary>
public class VietQrDecoderTests
{
    public static TheoryData<string, string, string, VietQrService, string, long?, string?> Published => new()
    {
        // NAPAS 247 VietQR format v1.0 §6.1: 6.1.1 with its misprinted length corrected, 6.1.2, 6.1.3, 6.1.4 (field table).
        { "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F",
            "970403", "0011012345678", VietQrService.Account, "11", null, null },
        { "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E",
            "970403", "0011012345678", VietQrService.Account, "12", 180_000, "thanh toan don hang" },
        { "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
            "970403", "9704031101234567", VietQrService.Card, "11", null, null },
        { "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203",
            "970403", "9704031101234567", VietQrService.Card, "12", 180_000, "thanh toan don hang" },
        // xuannghia/vietnam-qr-pay tests: ACB dynamic; MB with a lower-case CRC; Techcombank with CRC 0283.
        { "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8",
            "970416", "257678859", VietQrService.Account, "12", 1_000, "Chuyen tien" },
        { "00020101021138540010A00000072701240006970422011003523509170208QRIBFTTA53037045802VN630479db",
            "970422", "0352350917", VietQrService.Account, "11", null, null },
        { "00020101021138580010A000000727012800069704070114190304136010180208QRIBFTTA53037045802VN63040283",
            "970407", "19030413601018", VietQrService.Account, "11", null, null },
        // Wallets and alias accounts: letters in 38/01/01 (ZaloPay, MoMo with root tag 80, TPBank alias, payOS).
        { "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C",
            "970454", "99ZP24009M07248267", VietQrService.Account, "11", null, null },
        { "00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8",
            "970454", "99MM24011M34875080", VietQrService.Account, "11", null, null },
        { "00020101021238530010A000000727012300069704230109mynamebvh0208QRIBFTTA53037045405500005802VN62080804test6304AB76",
            "970423", "mynamebvh", VietQrService.Account, "12", 50_000, "test" },
        { "00020101021238570010A000000727012700069704220113VQRQACWPU45600208QRIBFTTA5303704540410005802VN62230819Thanh toan don hang630434C3",
            "970422", "VQRQACWPU4560", VietQrService.Account, "12", 1_000, "Thanh toan don hang" },
        // MoMo payment API response: an extra tag 26 (MoMo's own template) before 38.
        { "00020101021226110007vn.momo38620010A00000072701320006970454011899MM25121O000000420208QRIBFTTA5303704540410005802VN62450515MMT5VjsnYzj97QR0822Thanh toan hop dong 196304EE49",
            "970454", "99MM25121O00000042", VietQrService.Account, "12", 1_000, "Thanh toan hop dong 19" },
        // subiz/vietqr: VietinBank, accepted by a bank. sunary/vietqr README: a static code with a memo.
        { "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
            "970415", "0011001932418", VietQrService.Account, "12", 120_000, "ung ho lu lut" },
        { "00020101021138510010A00000072701210006970407010797968680208QRIBFTTA53037045802VN62240820gen by sunary/vietqr6304BE74",
            "970407", "9796868", VietQrService.Account, "11", null, "gen by sunary/vietqr" },
        // Techcombank: a 19-character alphanumeric account, the maximum length.
        { "00020101021138630010A000000727013300069704070119MS00P000000006471170208QRIBFTTA53037045802VN63044D07",
            "970407", "MS00P00000000647117", VietQrService.Account, "11", null, null },
    };

    [Fact]
    public void Published_EveryPayload_CrcVerifiedIndependently()
    {
        var payloads = Published.Select(row => (string)row[0]).ToList();

        Assert.Equal(15, payloads.Count);
        Assert.All(payloads, p => Assert.Equal(Of(p[..^4]), p[^4..].ToUpperInvariant()));
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Decode_PublishedPayload_ReadsEveryField(
        string payload, string bin, string account, VietQrService service, string initiation, long? amount, string? purpose)
    {
        var result = VietQrDecoder.Decode(payload);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(VietQrError.None, result.Error);
        Assert.Equal(bin, result.Code.Bin);
        Assert.Equal(account, result.Code.AccountNumber);
        Assert.Equal(service, result.Code.Service);
        Assert.Equal(initiation, result.Code.PointOfInitiation);
        Assert.Equal(initiation == "12", result.Code.IsDynamic);
        Assert.Equal(amount, result.Code.Amount);
        Assert.Equal(purpose, result.Code.Purpose);
    }

    [Fact]
    public void Decode_NapasDynamicExample_ReadsBillNumber()
    {
        var result = VietQrDecoder.Decode(
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E");

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal("NPS6869", result.Code.BillNumber);
    }

    [Fact]
    public void Decode_MomoReferenceIn6205_ReadsReferenceLabel()
    {
        var result = VietQrDecoder.Decode(
            "00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8");

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal("MOMOW2W34875080", result.Code.ReferenceLabel);
    }

    [Fact]
    public void Decode_StaticCodeCarryingAmount_AmountFromTag54AndStillStatic()
    {
        // vietqr.js tests: point of initiation 11 with an amount. Tag 01 says reuse; only tag 54 says how much.
        var result = VietQrDecoder.Decode(
            "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62230819thanh toan don hang63043e60");

        Assert.True(result.IsSuccess, result.Message);
        Assert.False(result.Code.IsDynamic);
        Assert.Equal(180_000L, result.Code.Amount);
    }

    [Fact]
    public void Decode_LowerCaseCrc_Accepted()
    {
        var payload = Seal(Body());
        var lower = payload[..^4] + payload[^4..].ToLowerInvariant();

        Assert.NotEqual(payload, lower);
        Assert.True(VietQrDecoder.Decode(lower).IsSuccess);
    }

    [Fact]
    public void Decode_ReorderedTags_AcceptedWithSameFields()
    {
        // 62 before 38 and 54 before 53, as in emvqr-go's vectors: only 00 (first) and 63 (last) are fixed.
        var reordered = Seal(
            T("00", "01") + T("62", T("08", "DH1234")) + T("54", "250000") + T("58", "VN") + T("53", "704")
            + T("38", T("02", "QRIBFTTA") + T("01", T("01", "0352350917") + T("00", "970422")) + T("00", "A000000727"))
            + T("01", "12"));
        var canonical = Seal(Body(additionalData: T("08", "DH1234")));

        var result = VietQrDecoder.Decode(reordered);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(VietQrDecoder.Decode(canonical).Code, result.Code);
    }

    [Fact]
    public void Decode_UnknownTagsAtEveryLevel_Skipped()
    {
        var payload = Seal(
            T("00", "01") + T("01", "12") + T("26", T("00", "vn.momo"))
            + T("38", T("00", "A000000727") + T("01", T("00", "970422") + T("01", "0352350917")) + T("02", "QRIBFTTA") + T("03", "X"))
            + T("52", "5411") + T("53", "704") + T("54", "250000") + T("58", "VN") + T("59", "NGUYEN VAN A")
            + T("60", "HA GIANG") + T("62", T("07", "T01") + T("08", "DH1234") + T("50", "opaque")) + T("64", "0002vi")
            + T("80", "046") + T("99", "anything"));

        var result = VietQrDecoder.Decode(payload);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal("0352350917", result.Code.AccountNumber);
        Assert.Equal("DH1234", result.Code.Purpose);
        Assert.Equal(250_000L, result.Code.Amount);
    }

    [Theory]
    [InlineData("50000.", 50_000L)]
    [InlineData("001000", 1_000L)]
    [InlineData("9999999999999", 9_999_999_999_999L)]
    public void Decode_AmountFormsTheSpecAllows_Accepted(string amount, long expected)
    {
        var result = VietQrDecoder.Decode(Seal(Body(amount: amount)));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(expected, result.Code.Amount);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("AME")]
    [InlineData("EM")]
    public void Decode_ValidConsumerDataRequest_Accepted(string request) =>
        Assert.True(VietQrDecoder.Decode(Seal(Body(additionalData: T("09", request)))).IsSuccess);

    [Fact]
    public void Decode_PurposeOfExactly25Characters_Accepted()
    {
        var result = VietQrDecoder.Decode(Seal(Body(additionalData: T("08", new string('x', 25)))));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(25, result.Code.Purpose!.Length);
    }

    [Fact]
    public void Decode_SurroundingWhitespaceFromScanner_Ignored() =>
        Assert.True(VietQrDecoder.Decode("  " + Seal(Body()) + "\r\n").IsSuccess);
}
