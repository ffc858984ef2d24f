using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ShopOnboard.Benchmarks;

/// <summary>
/// `--trade-off`: bytes, quality (PSNR of luma against a full-resolution Lanczos reference) and time of
/// each rendition for a few encoder settings, to choose <see cref="PhotoProcessorOptions"/>'s defaults.
/// A stopwatch, not BenchmarkDotNet: it compares settings against each other, on one core.
/// </summary>
internal static class TradeOffReport
{
    private static readonly (string Name, PhotoProcessorOptions Options)[] Settings =
    [
        ("webp m2 q75, jpeg q82 (chosen)", new PhotoProcessorOptions()),
        ("webp m4 q75 (ImageSharp default)", new PhotoProcessorOptions { WebpMethod = 4 }),
        ("webp m0 q75", new PhotoProcessorOptions { WebpMethod = 0 }),
        ("webp m2 q80, jpeg q85", new PhotoProcessorOptions { WebpQuality = 80, JpegQuality = 85 }),
        ("webp m2 q70, jpeg q75", new PhotoProcessorOptions { WebpQuality = 70, JpegQuality = 75 }),
    ];

    public static void Run(bool quick)
    {
        SingleCoreConfig.PinToOneCore();
        var runs = quick ? 3 : 7;
        Console.WriteLine("setting | photo | median ms | 1024.jpg bytes / dB | 800.webp bytes / dB | 320.webp bytes / dB");
        foreach (var (name, options) in Settings)
        {
            var processor = new ImageSharpPhotoProcessor(options, NullLogger<ImageSharpPhotoProcessor>.Instance);
            foreach (var photo in BenchPhotos.All)
            {
                var bytes = BenchPhotos.Read(photo);
                var (milliseconds, result) = Time(processor, bytes, runs);
                var cells = result.Renditions.Select(r => Cell(r, Reference(bytes, r)));
                Console.WriteLine(Invariant($"{name} | {photo} | {milliseconds:F0} | {string.Join(" | ", cells)}"));
            }
        }

        ThumbnailFormats();
    }

    private static (double Milliseconds, ProcessedPhoto Photo) Time(ImageSharpPhotoProcessor processor, byte[] bytes, int runs)
    {
        ProcessedPhoto? photo = null;
        var times = new List<double>();
        for (var i = 0; i < runs + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = processor.ProcessAsync(new MemoryStream(bytes), CancellationToken.None).GetAwaiter().GetResult();
            watch.Stop();
            photo = result.Photo ?? throw new InvalidOperationException(result.Message);
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first two runs warm the JIT up
            }
        }

        times.Sort();
        return (times[times.Count / 2], photo!);
    }

    // Decoding the upload at full size and resizing with Lanczos gives the best this rendition could be.
    private static Image<Rgb24> Reference(byte[] upload, PhotoRendition rendition)
    {
        var image = Image.Load<Rgb24>(upload);
        image.Mutate(x => x.AutoOrient());
        var scale = Math.Min((double)rendition.Width / image.Width, (double)rendition.Height / image.Height);
        var size = new Size((int)Math.Round(image.Width * scale), (int)Math.Round(image.Height * scale));
        image.Mutate(x => x.Resize(new ResizeOptions { Size = size, Mode = ResizeMode.Stretch, Sampler = KnownResamplers.Lanczos3 }));
        return image;
    }

    private static string Cell(PhotoRendition rendition, Image<Rgb24> reference)
    {
        using (reference)
        {
            using var output = Image.Load<Rgb24>(rendition.Content.Span);
            var left = (output.Width - reference.Width) / 2;
            var top = (output.Height - reference.Height) / 2;
            output.Mutate(x => x.Crop(new Rectangle(left, top, reference.Width, reference.Height)));
            return Invariant($"{rendition.Content.Length,7} / {LumaPsnr(output, reference):F1}");
        }
    }

    /// <summary>The 320 px thumbnail as WebP or JPEG, from the same reference pixels.</summary>
    private static void ThumbnailFormats()
    {
        SingleCoreConfig.PinToOneCore();
        Console.WriteLine();
        Console.WriteLine("thumbnail 320 px | total bytes (8 photos) | mean dB | ms per photo");
        var candidates = new (string Name, SixLabors.ImageSharp.Formats.IImageEncoder Encoder)[]
        {
            ("webp m2 q75", new WebpEncoder { Method = WebpEncodingMethod.Level2, Quality = 75, FileFormat = WebpFileFormatType.Lossy, SkipMetadata = true }),
            ("jpeg q82 4:2:0", new JpegEncoder { Quality = 82, ColorType = JpegColorType.YCbCrRatio420, SkipMetadata = true }),
            ("jpeg q75 4:2:0", new JpegEncoder { Quality = 75, ColorType = JpegColorType.YCbCrRatio420, SkipMetadata = true }),
        };
        var references = BenchPhotos.All.Select(p => Reference(BenchPhotos.Read(p), new PhotoRendition(PhotoRenditionKind.Thumbnail, "", "", 320, 427, default))).ToList();
        foreach (var (name, encoder) in candidates)
        {
            long bytes = 0;
            double decibels = 0;
            var watch = new Stopwatch();
            foreach (var reference in references)
            {
                using var stream = new MemoryStream();
                for (var i = 0; i < 5; i++)
                {
                    stream.SetLength(0);
                    watch.Start();
                    reference.Save(stream, encoder);
                    watch.Stop();
                }

                bytes += stream.Length;
                using var decoded = Image.Load<Rgb24>(stream.ToArray());
                decibels += LumaPsnr(decoded, reference);
            }

            Console.WriteLine(Invariant($"{name} | {bytes} | {decibels / references.Count:F1} | {watch.Elapsed.TotalMilliseconds / (5 * references.Count):F1}"));
        }

        references.ForEach(r => r.Dispose());
    }

    private static double LumaPsnr(Image<Rgb24> a, Image<Rgb24> b)
    {
        double squares = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var difference = Luma(a[x, y]) - Luma(b[x, y]);
                squares += difference * difference;
            }
        }

        var mse = squares / (a.Width * a.Height);
        return 10 * Math.Log10(255 * 255 / Math.Max(mse, 1e-9));
    }

    private static double Luma(Rgb24 p) => (0.299 * p.R) + (0.587 * p.G) + (0.114 * p.B);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
