using Microsoft.Extensions.Logging.Abstractions;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;

namespace ShopOnboard.Benchmarks;

internal static class RenditionDump
{
    public static async Task RunAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var processor = new ImageSharpPhotoProcessor(new PhotoProcessorOptions(), NullLogger<ImageSharpPhotoProcessor>.Instance);
        foreach (var photo in BenchPhotos.All)
        {
            var result = await processor.ProcessAsync(new MemoryStream(BenchPhotos.Read(photo)), CancellationToken.None);
            var prefix = photo.Replace('/', '-').Replace(".jpg", "", StringComparison.Ordinal);
            foreach (var rendition in result.Photo!.Renditions)
            {
                var target = Path.Combine(folder, $"{prefix}-{rendition.FileName[65..]}");
                await File.WriteAllBytesAsync(target, rendition.Content);

                // PNG copies too, for viewers that read neither WebP nor JPEG.
                using var decoded = SixLabors.ImageSharp.Image.Load(rendition.Content.Span);
                await decoded.SaveAsPngAsync(target + ".png");
                Console.WriteLine($"{target} {rendition.Width}x{rendition.Height} {rendition.Content.Length} bytes");
            }
        }
    }
}
