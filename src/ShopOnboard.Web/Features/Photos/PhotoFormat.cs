using System.Buffers.Binary;

namespace ShopOnboard.Web.Features.Photos;

internal enum PhotoFileKind
{
    Unknown,
    Jpeg,
    Png,
    Webp,
    Heif,
}

/// <summary>
/// Looks at the container bytes before the image library does: to name HEIC (which the library cannot
/// read, and which iPhones send by default) and to catch uploads cut short on a weak connection, which
/// the JPEG decoder would otherwise accept and fill with grey.
/// </summary>
internal static class PhotoFormat
{
    private static readonly string[] HeifBrands =
        ["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PhotoFileKind Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return PhotoFileKind.Jpeg;
        }

        if (data.StartsWith(PngSignature))
        {
            return PhotoFileKind.Png;
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return PhotoFileKind.Webp;
        }

        return IsHeif(data) ? PhotoFileKind.Heif : PhotoFileKind.Unknown;
    }

    /// <summary>True when the file's structure runs to its end marker.</summary>
    public static bool IsComplete(PhotoFileKind kind, ReadOnlySpan<byte> data) => kind switch
    {
        PhotoFileKind.Jpeg => JpegIsComplete(data),
        PhotoFileKind.Png => PngIsComplete(data),
        PhotoFileKind.Webp => data.Length >= 12 && 8L + BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) <= data.Length,
        _ => false,
    };

    // ISO BMFF: [size][ftyp][major brand][minor version][compatible brands...]. Some phones put 'mif1'
    // first and 'heic' among the compatible brands, so all brands are checked; AVIF shares the box and
    // is left to the generic "unsupported" message.
    private static bool IsHeif(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || !data[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxEnd = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data), (uint)data.Length);
        if (data[8..12].SequenceEqual("avif"u8) || data[8..12].SequenceEqual("avis"u8))
        {
            return false;
        }

        for (var offset = 8; offset + 4 <= boxEnd; offset += offset == 8 ? 8 : 4)
        {
            var brand = System.Text.Encoding.ASCII.GetString(data.Slice(offset, 4));
            if (HeifBrands.Contains(brand, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Walks the marker segments by their lengths (so the EXIF thumbnail's own end marker is skipped)
    // and the entropy-coded data after each start-of-scan, until the end-of-image marker.
    private static bool JpegIsComplete(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (true)
        {
            if (i >= data.Length || data[i] != 0xFF)
            {
                return false;
            }

            while (i < data.Length && data[i] == 0xFF)
            {
                i++; // fill bytes
            }

            if (i >= data.Length)
            {
                return false;
            }

            var marker = data[i++];
            if (marker == 0xD9)
            {
                return true;
            }

            if (marker == 0x01 || marker is >= 0xD0 and <= 0xD7)
            {
                continue; // markers without a length
            }

            if (i + 2 > data.Length)
            {
                return false;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
            if (length < 2 || i + length > data.Length)
            {
                return false;
            }

            i += length;
            if (marker == 0xDA && !SkipEntropyCodedData(data, ref i))
            {
                return false;
            }
        }
    }

    private static bool SkipEntropyCodedData(ReadOnlySpan<byte> data, ref int i)
    {
        while (true)
        {
            var next = data[i..].IndexOf((byte)0xFF);
            if (next < 0 || i + next + 1 >= data.Length)
            {
                return false;
            }

            i += next;
            var after = data[i + 1];
            if (after == 0x00 || after == 0xFF || after is >= 0xD0 and <= 0xD7)
            {
                i += after == 0xFF ? 1 : 2; // stuffed byte, fill byte or restart marker
                continue;
            }

            return true; // a real marker: back to the segment walk
        }
    }

    private static bool PngIsComplete(ReadOnlySpan<byte> data)
    {
        long i = 8;
        while (i + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(int)i..]);
            var isEnd = data.Slice((int)i + 4, 4).SequenceEqual("IEND"u8);
            i += 12L + length;
            if (i > data.Length)
            {
                return false;
            }

            if (isEnd)
            {
                return true;
            }
        }

        return false;
    }
}
