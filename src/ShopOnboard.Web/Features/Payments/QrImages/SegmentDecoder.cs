using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>The text of the corrected data codewords, or why the bit stream is not valid segment syntax.</summary>
internal readonly record struct SegmentResult(string? Text, QrDecodeError Error, string Message);

/// <summary>
/// Reads the segments of the data bit stream: numeric, alphanumeric, byte and kanji, with ECI designators
/// choosing the byte charset; structured append and FNC1 headers are skipped, as they do not change the text.
/// </summary>
internal static class SegmentDecoder
{
    private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    public static SegmentResult Decode(byte[] data, int version)
    {
        var reader = new BitReader(data);
        var text = new StringBuilder();
        var pending = new List<byte>();
        Encoding? eciEncoding = null;

        // Count lengths grow with the version: versions 1–9, 10–26 and 27–40 use 3 sizes.
        var sizeClass = version <= 9 ? 0 : version <= 26 ? 1 : 2;
        while (reader.Available >= 4)
        {
            var mode = reader.Read(4);
            if (mode == 0)
            {
                break;
            }

            if (mode != 0b0100)
            {
                Flush(pending, eciEncoding, text);
            }

            var ok = mode switch
            {
                0b0001 => ReadNumeric(reader, Count(reader, 10, 12, 14, sizeClass), text),
                0b0010 => ReadAlphanumeric(reader, Count(reader, 9, 11, 13, sizeClass), text),
                0b0100 => ReadBytes(reader, Count(reader, 8, 16, 16, sizeClass), pending),
                0b1000 => ReadKanji(reader, Count(reader, 8, 10, 12, sizeClass), text),
                0b0111 => ReadEci(reader, ref eciEncoding),
                0b0011 => reader.Skip(16),
                0b0101 => true,
                0b1001 => reader.Skip(8),
                _ => false,
            };
            if (!ok)
            {
                return new SegmentResult(null, QrDecodeError.InvalidData,
                    $"The data stream is malformed (mode {Convert.ToString(mode, 2).PadLeft(4, '0')} is unknown or runs past the end).");
            }
        }

        Flush(pending, eciEncoding, text);
        return new SegmentResult(text.ToString(), QrDecodeError.None, "OK");
    }

    /// <summary>The character count, or -1 when the stream ends inside it.</summary>
    private static int Count(BitReader reader, int small, int medium, int large, int sizeClass) =>
        reader.Read(sizeClass switch { 0 => small, 1 => medium, _ => large });

    private static bool ReadNumeric(BitReader reader, int count, StringBuilder text)
    {
        if (count < 0)
        {
            return false;
        }

        while (count > 0)
        {
            var digits = Math.Min(3, count);
            var bits = digits switch { 3 => 10, 2 => 7, _ => 4 };
            var value = reader.Read(bits);
            if (value < 0 || value >= (digits switch { 3 => 1000, 2 => 100, _ => 10 }))
            {
                return false;
            }

            text.Append(value.ToString(digits switch { 3 => "D3", 2 => "D2", _ => "D1" }, CultureInfo.InvariantCulture));
            count -= digits;
        }

        return true;
    }

    private static bool ReadAlphanumeric(BitReader reader, int count, StringBuilder text)
    {
        if (count < 0)
        {
            return false;
        }

        for (; count >= 2; count -= 2)
        {
            var pair = reader.Read(11);
            if (pair < 0 || pair >= 45 * 45)
            {
                return false;
            }

            text.Append(Alphanumeric[pair / 45]).Append(Alphanumeric[pair % 45]);
        }

        if (count == 1)
        {
            var single = reader.Read(6);
            if (single < 0 || single >= 45)
            {
                return false;
            }

            text.Append(Alphanumeric[single]);
        }

        return true;
    }

    private static bool ReadBytes(BitReader reader, int count, List<byte> pending)
    {
        if (count < 0 || reader.Available < count * 8)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            pending.Add((byte)reader.Read(8));
        }

        return true;
    }

    /// <summary>Kanji are 13-bit Shift JIS compactions; rare, but part of a complete decoder.</summary>
    private static bool ReadKanji(BitReader reader, int count, StringBuilder text)
    {
        if (count < 0 || reader.Available < count * 13)
        {
            return false;
        }

        var bytes = new byte[count * 2];
        for (var i = 0; i < count; i++)
        {
            var value = reader.Read(13);
            var assembled = ((value / 0xC0) << 8) | (value % 0xC0);
            assembled += assembled < 0x1F00 ? 0x8140 : 0xC140;
            bytes[2 * i] = (byte)(assembled >> 8);
            bytes[(2 * i) + 1] = (byte)assembled;
        }

        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932);
        if (shiftJis is null)
        {
            return false;
        }

        text.Append(shiftJis.GetString(bytes));
        return true;
    }

    /// <summary>The designator takes 1, 2 or 3 bytes, told apart by its leading bits (0, 10, 110).</summary>
    private static bool ReadEci(BitReader reader, ref Encoding? encoding)
    {
        var first = reader.Read(8);
        var value = first switch
        {
            < 0 => -1,
            _ when (first & 0x80) == 0 => first,
            _ when (first & 0xC0) == 0x80 => Join(first & 0x3F, reader.Read(8), 8),
            _ when (first & 0xE0) == 0xC0 => Join(first & 0x1F, reader.Read(16), 16),
            _ => -1,
        };
        if (value < 0)
        {
            return false;
        }

        // Only the charsets a payment code could use; any other ECI falls back to guessing.
        encoding = value switch
        {
            1 or 3 => Encoding.Latin1,
            26 => Encoding.UTF8,
            27 or 170 => Encoding.ASCII,
            _ => null,
        };
        return true;
    }

    private static int Join(int high, int low, int lowBits) => low < 0 ? -1 : (high << lowBits) | low;

    /// <summary>
    /// Byte segments carry no charset without an ECI. Encoders (QRCoder among them) write UTF-8 without one
    /// when the text is not Latin-1, and random Latin-1 text is almost never valid UTF-8, so valid UTF-8 wins.
    /// </summary>
    private static void Flush(List<byte> pending, Encoding? eciEncoding, StringBuilder text)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var bytes = pending.ToArray();
        var encoding = eciEncoding ?? (Utf8.IsValid(bytes) ? StrictUtf8 : Encoding.Latin1);
        text.Append(encoding.GetString(bytes));
        pending.Clear();
    }

    private sealed class BitReader(byte[] data)
    {
        private int position;

        public int Available => (data.Length * 8) - position;

        /// <summary>Up to 24 bits, most significant first; -1 when the stream runs out.</summary>
        public int Read(int count)
        {
            if (count > Available || count < 0)
            {
                position = data.Length * 8;
                return -1;
            }

            var value = 0;
            for (var i = 0; i < count; i++, position++)
            {
                value = (value << 1) | ((data[position >> 3] >> (7 - (position & 7))) & 1);
            }

            return value;
        }

        public bool Skip(int count) => Read(count) >= 0 || count == 0;
    }
}
