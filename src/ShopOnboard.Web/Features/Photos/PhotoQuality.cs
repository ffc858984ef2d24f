using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Cheap checks that tell a team member to re-take a photo while still standing next to the product.
/// Measured on the small analysis image (≤ 512 px), so thresholds do not depend on the camera.
/// </summary>
internal static class PhotoQuality
{
    public const int AnalysisSide = 512;

    // Sharpness is judged per tile of a 4×4 grid and the sharpest tile counts: a product in focus in
    // front of a soft background (the usual good product photo) is sharp; a shaken photo has no sharp tile.
    private const int Tiles = 4;

    public static PhotoQualityMeasures Measure(Image<Rgb24> image)
    {
        var width = image.Width;
        var height = image.Height;
        var luma = new byte[width * height];
        long sum = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var target = luma.AsSpan(y * width, width);
                for (var x = 0; x < row.Length; x++)
                {
                    // Rec. 601 weights in fixed point: the same "brightness" phones show in their editors.
                    var value = ((77 * row[x].R) + (150 * row[x].G) + (29 * row[x].B) + 128) >> 8;
                    target[x] = (byte)value;
                    sum += value;
                }
            }
        });

        return new PhotoQualityMeasures((double)sum / luma.Length, SharpestTile(luma, width, height));
    }

    public static IReadOnlyList<PhotoQualityHint> Hints(Size upright, PhotoQualityMeasures measures, PhotoProcessorOptions options)
    {
        var hints = new List<PhotoQualityHint>(3);
        if (Math.Min(upright.Width, upright.Height) < options.SmallShortSide)
        {
            hints.Add(new PhotoQualityHint(PhotoQualityIssue.TooSmall, PhotoTexts.TooSmallTip));
        }

        if (measures.MeanLuminance < options.DarkMeanLuminance)
        {
            hints.Add(new PhotoQualityHint(PhotoQualityIssue.TooDark, PhotoTexts.TooDarkTip));
        }

        if (measures.LaplacianVariance < options.BlurryLaplacianVariance)
        {
            hints.Add(new PhotoQualityHint(PhotoQualityIssue.Blurry, PhotoTexts.BlurryTip));
        }

        return hints;
    }

    private static double SharpestTile(byte[] luma, int width, int height)
    {
        var sharpest = 0d;
        for (var ty = 0; ty < Tiles; ty++)
        {
            for (var tx = 0; tx < Tiles; tx++)
            {
                // Tiles stop one pixel short of the image edge, where the Laplacian has no neighbour.
                var left = Math.Max(1, tx * width / Tiles);
                var top = Math.Max(1, ty * height / Tiles);
                var right = Math.Min(width - 1, (tx + 1) * width / Tiles);
                var bottom = Math.Min(height - 1, (ty + 1) * height / Tiles);
                sharpest = Math.Max(sharpest, LaplacianVariance(luma, width, left, top, right, bottom));
            }
        }

        return sharpest;
    }

    private static double LaplacianVariance(byte[] luma, int width, int left, int top, int right, int bottom)
    {
        if (right <= left || bottom <= top)
        {
            return 0;
        }

        double sum = 0;
        double sumOfSquares = 0;
        for (var y = top; y < bottom; y++)
        {
            var row = y * width;
            for (var x = left; x < right; x++)
            {
                var i = row + x;
                double laplacian = luma[i - 1] + luma[i + 1] + luma[i - width] + luma[i + width] - (4 * luma[i]);
                sum += laplacian;
                sumOfSquares += laplacian * laplacian;
            }
        }

        var count = (double)(right - left) * (bottom - top);
        var mean = sum / count;
        return (sumOfSquares / count) - (mean * mean);
    }
}
