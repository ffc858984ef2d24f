using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ShopOnboard.Benchmarks;

/// <summary>
/// `--hints`: the luminance and Laplacian-variance numbers of the bench photos as taken, blurred and
/// darkened, which is how the thresholds in <see cref="PhotoProcessorOptions"/> were chosen.
/// </summary>
internal static class HintCalibration
{
    public static void Run()
    {
        var processor = new ImageSharpPhotoProcessor(new PhotoProcessorOptions(), NullLogger<ImageSharpPhotoProcessor>.Instance);
        Console.WriteLine("photo | variant | mean luma | Laplacian variance | hints");
        foreach (var photo in BenchPhotos.Browser2560)
        {
            using var original = Image.Load<Rgb24>(BenchPhotos.Read(photo));
            var variants = new (string Name, Action<IImageProcessingContext>? Change)[]
            {
                ("as taken", null),
                ("blur sigma 1.5", x => x.GaussianBlur(1.5f)),
                ("blur sigma 3", x => x.GaussianBlur(3f)),
                ("blur sigma 6", x => x.GaussianBlur(6f)),
                ("brightness 0.6", x => x.Brightness(0.6f)),
                ("brightness 0.4", x => x.Brightness(0.4f)),
            };
            foreach (var (name, change) in variants)
            {
                using var variant = change is null ? original.Clone() : original.Clone(change);
                using var stream = new MemoryStream();
                variant.Save(stream, new JpegEncoder { Quality = 90 });
                stream.Position = 0;
                var photoResult = processor.ProcessAsync(stream, CancellationToken.None).GetAwaiter().GetResult().Photo!;
                var hints = string.Join(",", photoResult.Hints.Select(h => h.Issue));
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{photo} | {name} | {photoResult.Measures.MeanLuminance:F0} | {photoResult.Measures.LaplacianVariance:F0} | {hints}"));
            }
        }
    }
}
