using System.Globalization;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>
/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), the checksum of tag 63
/// (NAPAS VietQR §5.2.15, ISO/IEC 13239). Check value: "123456789" → 29B1.
/// </summary>
public static class VietQrCrc
{
    /// <summary>The checksum as 4 upper-case hex digits, zero-padded ("0283", never "283").</summary>
    public static string Compute(ReadOnlySpan<char> data)
    {
        ushort crc = 0xFFFF;
        foreach (var c in data)
        {
            // The payload is ASCII by contract (callers reject anything else), so a char is a byte.
            crc = (ushort)(crc ^ (byte)c << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)(crc << 1 ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc.ToString("X4", CultureInfo.InvariantCulture);
    }
}
