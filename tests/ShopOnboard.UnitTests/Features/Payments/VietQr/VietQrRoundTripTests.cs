using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

public class VietQrRoundTripTests
{
    [Theory]
    [InlineData("970422", "0352350917", VietQrService.Account, null, null)]
    [InlineData("970436", "1027943656", VietQrService.Account, 250_000L, "DH1234")]
    [InlineData("970454", "99ZP24009M07248267", VietQrService.Account, 85_000L, "DH77 Mat ong rung")]
    [InlineData("970403", "9704031101234567", VietQrService.Card, 499_999_999L, "DH9")]
    [InlineData("970405", "1", VietQrService.Account, 1L, "x")]
    [InlineData("970407", "MS00P00000000647117", VietQrService.Account, 9_999_999_999_999L, "ABCDEFGHIJKLMNOPQRSTUVWXY")]
    public void EncodeThenDecode_ValidRequest_SameFields(
        string bin, string account, VietQrService service, long? amount, string? purpose)
    {
        var request = new VietQrRequest(bin, account) { Service = service, Amount = amount, Purpose = purpose };

        var result = VietQrDecoder.Decode(VietQrPayload.Encode(request));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(new VietQrCode(bin, account, service, amount is null ? "11" : "12", amount, purpose, null, null), result.Code);
    }

    [Fact]
    public void EncodeThenDecode_VietnamesePurpose_DecodesFoldedText()
    {
        var payload = VietQrPayload.Encode(VietQrRequest.ForOrder("970422", "0352350917", 120_000, "Đơn DH1234 – Quýt"));

        var result = VietQrDecoder.Decode(payload);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal("Don DH1234 Quyt", result.Code.Purpose);
        Assert.True(result.Code.IsDynamic);
    }

    [Fact]
    public void EncodeThenDecode_BillNumber_Preserved()
    {
        var request = VietQrRequest.ForOrder("970422", "0352350917", 10_000, "DH1") with { BillNumber = "HD-2025/001" };

        var result = VietQrDecoder.Decode(VietQrPayload.Encode(request));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal("HD 2025 001", result.Code.BillNumber);
    }

    [Fact]
    public void EncodeThenDecode_ManyGeneratedRequests_AllRoundTrip()
    {
        // Fixed seed: varied lengths (1–19 account, 0–40 memo) exercise every two-digit length path.
        var random = new Random(20250701);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        const string memoAlphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạDH0123456789 /-#";
        for (var i = 0; i < 500; i++)
        {
            var account = new string(Enumerable.Range(0, random.Next(1, 20)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var memo = new string(Enumerable.Range(0, random.Next(0, 41)).Select(_ => memoAlphabet[random.Next(memoAlphabet.Length)]).ToArray());
            long? amount = random.Next(3) == 0 ? null : random.NextInt64(1, 10_000_000_000_000);
            var request = new VietQrRequest("9704" + random.Next(10, 100), account) { Amount = amount, Purpose = memo };

            var result = VietQrDecoder.Decode(VietQrPayload.Encode(request));

            Assert.True(result.IsSuccess, $"{request}: {result.Message}");
            Assert.Equal(account, result.Code.AccountNumber);
            Assert.Equal(amount, result.Code.Amount);
            var folded = VietQrText.ToAdditionalData(memo);
            Assert.Equal(folded.Length == 0 ? null : folded, result.Code.Purpose);
        }
    }
}
