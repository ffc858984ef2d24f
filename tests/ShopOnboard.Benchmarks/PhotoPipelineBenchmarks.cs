using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ShopOnboard.Benchmarks;

/// <summary>
/// All three renditions of one photo, per photo: the pipeline as shipped, against the straightforward
/// ImageSharp version (full decode, default WebP effort) that it replaced.
/// </summary>
public class PhotoPipelineBenchmarks
{
    private readonly ImageSharpPhotoProcessor processor =
        new(new PhotoProcessorOptions(), NullLogger<ImageSharpPhotoProcessor>.Instance);

    private readonly Configuration oneThread = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
    {
        MaxDegreeOfParallelism = 1,
    };

    private byte[] photo = [];

    public static IEnumerable<string> Photos => BenchPhotos.All;

    [ParamsSource(nameof(Photos))]
    public string Photo { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        SingleCoreConfig.PinToOneCore();
        photo = BenchPhotos.Read(Photo);
    }

    [Benchmark]
    public async Task<int> Pipeline()
    {
        var result = await processor.ProcessAsync(new MemoryStream(photo, writable: false), CancellationToken.None);
        return result.Photo?.Renditions.Count ?? throw new InvalidOperationException(result.Message);
    }

    [Benchmark(Baseline = true)]
    public long DefaultImageSharp()
    {
        using var image = Image.Load<Rgb24>(new() { Configuration = oneThread }, photo);
        image.Mutate(x => x.AutoOrient());
        image.Metadata.ExifProfile = null;
        long total = 0;
        using (var square = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(1024, 1024), Mode = ResizeMode.Pad, PadColor = Color.White })))
        {
            total += Save(square, new JpegEncoder { Quality = 82 });
        }

        using (var storefront = image.Clone(x => x.Resize(800, 0)))
        {
            total += Save(storefront, new WebpEncoder());
        }

        using var thumbnail = image.Clone(x => x.Resize(320, 0));
        return total + Save(thumbnail, new WebpEncoder());
    }

    private static long Save(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.Length;
    }
}
