namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Limits, quality thresholds and encoder settings; rendition sizes are fixed, as they are in the file names.
/// The defaults are the measured choice (<c>tests/ShopOnboard.Benchmarks</c>, <c>--trade-off</c> and
/// <c>--hints</c>); they are settable so the benchmark can compare alternatives.
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
    /// Mean luma (0–255, gamma encoded) under which a photo is called dark. Bench photos as taken: 108–128,
    /// and 42 for dark moss on soil, which is flagged too (to a mean, dark things and too little light look
    /// alike; the tip still helps); the others darkened to 60 %: 65–77.
    /// </summary>
    public double DarkMeanLuminance { get; init; } = 80;

    /// <summary>
    /// Sharpest-tile Laplacian variance on the 512 px analysis image under which a photo is called blurry.
    /// Bench photos (2560 px) as taken: 693–6319; Gaussian blur σ 3: 217–963; σ 6 (clearly blurred): 47–145.
    /// A plain global variance put a sharp leaf in front of a soft background (a typical good product
    /// photo, 97) below blurred busy scenes (159), hence the sharpest tile.
    /// </summary>
    public double BlurryLaplacianVariance { get; init; } = 180;

    public int JpegQuality { get; init; } = 82;

    public int WebpQuality { get; init; } = 75;

    /// <summary>
    /// libwebp's "method" 0–6. Measured at 800 px: method 4 (the default) takes ~130–170 ms more per photo
    /// for files 3–5 % smaller; method 0 saves ~15 ms but files grow 25–35 %.
    /// </summary>
    public int WebpMethod { get; init; } = 2;

    /// <summary>Threads ImageSharp may use for one photo. One: concurrent uploads already fill the cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
