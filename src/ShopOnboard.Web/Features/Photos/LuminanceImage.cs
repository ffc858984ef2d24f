using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// An upright greyscale bitmap (0 = black … 255 = white, row-major) for code readers, so that only this
/// feature touches ImageSharp.
/// </summary>
#pragma warning disable CA1819 // A raw pixel buffer is the point of this type; copying it per access would be waste.
public sealed record LuminanceImage(byte[] Pixels, int Width, int Height)
#pragma warning restore CA1819
{
    /// <summary>
    /// A 2000 px side keeps a full-screen phone screenshot at native resolution and still leaves a photo's
    /// code several pixels per module, at a quarter of a 12 MP photo's pixels.
    /// </summary>
    public const int MaxSide = 2000;

    // Screenshots are PNG or JPEG (WebP from some apps); no other decoder is reachable from an upload.
    private static readonly Configuration Formats = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule());

    /// <summary>
    /// Reads the header first and returns null for anything unreadable or over <paramref name="maxPixels"/>;
    /// otherwise decodes, turns the image upright (EXIF), flattens transparency onto white and shrinks it so
    /// the longer side is at most <see cref="MaxSide"/>.
    /// </summary>
    public static async Task<LuminanceImage?> LoadAsync(Stream input, int maxPixels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var seekable = input;
        if (!input.CanSeek)
        {
            seekable = new MemoryStream();
            await input.CopyToAsync(seekable, ct);
            seekable.Position = 0;
        }

        try
        {
            var start = seekable.Position;
            var info = await Image.IdentifyAsync(new DecoderOptions { Configuration = Formats }, seekable, ct);
            if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > maxPixels)
            {
                return null;
            }

            seekable.Position = start;
            var options = new DecoderOptions
            {
                Configuration = Formats,
                MaxFrames = 1,

                // Lets the JPEG decoder scale in the IDCT for large photos; the exact fit is done below.
                TargetSize = Math.Max(info.Width, info.Height) > MaxSide ? new Size(MaxSide, MaxSide) : null,
            };
            using var image = await Image.LoadAsync<La16>(options, seekable, ct);
            image.Mutate(x => x.AutoOrient());
            if (Math.Max(image.Width, image.Height) > MaxSide)
            {
                // Box averaging keeps module edges where they are; sharper kernels ring around them.
                image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(MaxSide, MaxSide), Mode = ResizeMode.Max, Sampler = KnownResamplers.Box }));
            }

            return FromImage(image);
        }
        catch (ImageFormatException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        finally
        {
            if (!ReferenceEquals(seekable, input))
            {
                await seekable.DisposeAsync();
            }
        }
    }

    /// <summary>Transparent pixels become white: a code exported on a transparent background needs a light quiet zone.</summary>
    private static LuminanceImage FromImage(Image<La16> image)
    {
        var pixels = new byte[image.Width * image.Height];
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var alpha = row[x].A;
                    pixels[(y * rows.Width) + x] = (byte)(((row[x].L * alpha) + (255 * (255 - alpha)) + 127) / 255);
                }
            }
        });
        return new LuminanceImage(pixels, image.Width, image.Height);
    }
}
