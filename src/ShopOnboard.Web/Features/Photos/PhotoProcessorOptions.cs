namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Limits, quality thresholds and encoder settings (rendition sizes are fixed: they are in the file names). The defaults are the measured choice (see
/// <c>tests/ShopOnboard.Benchmarks</c>); they are settable so the benchmark can compare alternatives.
/// </summary>
public sealed class PhotoProcessorOptions
{
    /// <summary>25 MB: a 12 MP phone JPEG is 3–5 MB, so anything larger is not a plain photo.</summary>
    public long MaxInputBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Checked on the header before any pixel is allocated, so decompression bombs cost nothing.</summary>
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>Below this on the short side the upload is refused: it is an icon or a broken file, not a photo.</summary>
    public int MinimumSide { get; init; } = 200;

    /// <summary>Below this on the short side the photo is kept but the user is told it is small.</summary>
    public int SmallShortSide { get; init; } = 600;

    /// <summary>
    /// Mean luma (0–255, gamma encoded) under which a photo is called dark. Bench photos as taken: 42–128
    /// (42 is dark moss on soil); the same darkened to 60 %: 65–77. `--hints` in the benchmark prints these.
    /// </summary>
    public double DarkMeanLuminance { get; init; } = 80;

    /// <summary>
    /// Sharpest-tile Laplacian variance on the 512 px analysis image under which a photo is called blurry.
    /// Bench photos (2560 px) as taken: 665–5869; Gaussian blur σ 3: 214–946; σ 6 (clearly blurred): 47–145.
    /// </summary>
    public double BlurryLaplacianVariance { get; init; } = 180;

    public int JpegQuality { get; init; } = 82;

    public int WebpQuality { get; init; } = 75;

    /// <summary>libwebp's "method" 0–6. Above 2 the encoder gets 4–5× slower for ~4 % smaller files.</summary>
    public int WebpMethod { get; init; } = 2;

    /// <summary>Threads ImageSharp may use for one photo. One: concurrent uploads already fill the cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
