using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.UnitTests.Features.Photos;

/// <summary>
/// Small photos made in memory, so the tests need no files and run in milliseconds; the PNG header and
/// the ICC profile are written byte by byte, sharing no code with the library under test.
/// </summary>
internal static class TestPhotos
{
    public static ImageSharpPhotoProcessor Processor(PhotoProcessorOptions? options = null) =>
        new(options ?? new PhotoProcessorOptions(), NullLogger<ImageSharpPhotoProcessor>.Instance);

    public static Task<PhotoProcessingResult> ProcessAsync(byte[] bytes, PhotoProcessorOptions? options = null) =>
        Processor(options).ProcessAsync(new MemoryStream(bytes), CancellationToken.None);

    /// <summary>A sharp, evenly lit texture: 4 px squares of two greys (mean luma ≈ 130).</summary>
    public static Image<Rgb24> Checkerboard(int width, int height, byte dark = 60, byte light = 200)
    {
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var value = ((x / 4) + (y / 4)) % 2 == 0 ? dark : light;
                    row[x] = new Rgb24(value, value, value);
                }
            }
        });
        return image;
    }

    public static Image<Rgb24> Filled(int width, int height, Rgb24 colour) => new(width, height, colour);

    public static byte[] Jpeg(Image image)
    {
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 95 });
        return stream.ToArray();
    }

    public static byte[] Png(Image image)
    {
        using var stream = new MemoryStream();
        image.Save(stream, new PngEncoder());
        return stream.ToArray();
    }

    /// <summary>The PNG signature and a valid IHDR chunk: a header promising a huge image, and nothing else.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr)];
    }

    /// <summary>
    /// A matrix/TRC ICC v2 profile: Adobe RGB (1998) primaries with linear light (gamma 1.0). A mid grey 128
    /// stored under it is ≈ 188 once converted to sRGB, so the conversion is visible in the pixels. (With
    /// sRGB's own primaries ImageSharp takes the profile for sRGB and ignores the curve.)
    /// </summary>
    public static byte[] LinearAdobeRgbIccProfile()
    {
        (string Tag, double[] Xyz)[] colorants =
        [
            ("wtpt", [0.9642, 1.0, 0.8249]),
            ("rXYZ", [0.6097, 0.3111, 0.0195]),
            ("gXYZ", [0.2053, 0.6257, 0.0609]),
            ("bXYZ", [0.1492, 0.0632, 0.7446]),
        ];
        const int tagCount = 7;
        var dataStart = 128 + 4 + (tagCount * 12);
        var curveOffset = dataStart + (colorants.Length * 20);
        var size = curveOffset + 16;
        var profile = new byte[size];
        BinaryPrimitives.WriteInt32BigEndian(profile, size);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(8), 0x02100000);
        Encoding.ASCII.GetBytes("mntrRGB XYZ ").CopyTo(profile, 12);
        Encoding.ASCII.GetBytes("acsp").CopyTo(profile, 36);
        WriteXyz(profile.AsSpan(68), [0.9642, 1.0, 0.8249]);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(128), tagCount);

        var entry = 132;
        for (var i = 0; i < colorants.Length; i++)
        {
            var offset = dataStart + (i * 20);
            WriteEntry(profile, ref entry, colorants[i].Tag, offset, 20);
            Encoding.ASCII.GetBytes("XYZ ").CopyTo(profile, offset);
            WriteXyz(profile.AsSpan(offset + 8), colorants[i].Xyz);
        }

        foreach (var curve in new[] { "rTRC", "gTRC", "bTRC" })
        {
            WriteEntry(profile, ref entry, curve, curveOffset, 14);
        }

        Encoding.ASCII.GetBytes("curv").CopyTo(profile, curveOffset);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(curveOffset + 8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(profile.AsSpan(curveOffset + 12), 0x0100); // gamma 1.0 (u8Fixed8)
        return profile;
    }

    private static void WriteEntry(byte[] profile, ref int entry, string tag, int offset, int length)
    {
        Encoding.ASCII.GetBytes(tag).CopyTo(profile, entry);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(entry + 4), offset);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(entry + 8), length);
        entry += 12;
    }

    private static void WriteXyz(Span<byte> target, double[] xyz)
    {
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(target[(i * 4)..], (int)Math.Round(xyz[i] * 65536));
        }
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    // CRC-32 as PNG defines it (reflected, polynomial 0xEDB88320), one bit at a time.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
