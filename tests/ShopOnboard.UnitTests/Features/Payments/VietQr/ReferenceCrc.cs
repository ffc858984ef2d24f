using System.Globalization;
using System.Text;

namespace ShopOnboard.UnitTests.Features.Payments.VietQr;

/// <summary>
/// Test-only helpers that deliberately share no code with the production codec: a CRC-16/CCITT-FALSE that
/// feeds the message one bit at a time (the textbook shift register, not the byte-wise XOR of the
/// production code), and a hand TLV writer, so a bug in one cannot hide a bug in the other.
/// </summary>
public static class ReferenceCrc
{
    public static string Of(string text)
    {
        var register = 0xFFFF;
        foreach (var b in Encoding.ASCII.GetBytes(text))
        {
            for (var i = 7; i >= 0; i--)
            {
                var messageBit = (b >> i) & 1;
                var topBit = (register >> 15) & 1;
                register = (register << 1) & 0xFFFF;
                if ((messageBit ^ topBit) == 1)
                {
                    register ^= 0x1021;
                }
            }
        }

        return register.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>One EMVCo object: ID, two-digit length, value.</summary>
    public static string T(string tag, string value) =>
        tag + value.Length.ToString("D2", CultureInfo.InvariantCulture) + value;

    /// <summary>Appends "6304" and the correct CRC to a body of TLV objects.</summary>
    public static string Seal(string body) => body + "6304" + Of(body + "6304");

    /// <summary>Replaces a payload's CRC with the correct one, so only the structure can be at fault.</summary>
    public static string Reseal(string payload) => Seal(payload[..^8]);

    /// <summary>A body for BIN/account with the usual VietQR layout; any part can be swapped by the caller.</summary>
    public static string Body(
        string bin = "970422",
        string account = "0352350917",
        string service = "QRIBFTTA",
        string initiation = "12",
        string? amount = "250000",
        string? additionalData = null) =>
        T("00", "01")
        + T("01", initiation)
        + T("38", T("00", "A000000727") + T("01", T("00", bin) + T("01", account)) + T("02", service))
        + T("53", "704")
        + (amount is null ? "" : T("54", amount))
        + T("58", "VN")
        + (additionalData is null ? "" : T("62", additionalData));
}

public class ReferenceCrcTests
{
    [Fact]
    public void Of_StandardCheckString_Is29B1() => Assert.Equal("29B1", ReferenceCrc.Of("123456789"));

    [Fact]
    public void Of_EmptyString_IsInitialValue() => Assert.Equal("FFFF", ReferenceCrc.Of(""));

    [Fact]
    public void T_ShortValue_LengthIsTwoDigits() => Assert.Equal("0208QRIBFTTA", ReferenceCrc.T("02", "QRIBFTTA"));
}
