using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Two ways to split pixels into dark and light. A screenshot has flat colours, so one global (Otsu)
/// threshold is exact; a photo has shading across the code, so the adaptive one compares each pixel
/// with its neighbourhood. The decoder tries global first because it is cheaper and never invents edges.
/// </summary>
internal static class Binarizer
{
    /// <summary>Below this spread of grey levels there is no code to see, only a flat surface and noise.</summary>
    private const int MinContrast = 24;

    private const int BlockSize = 8;

    /// <summary>Block thresholds are averaged over 5×5 blocks (40 px): wide enough to span a finder's centre.</summary>
    private const int NeighbourhoodRadius = 2;

    public static BitImage Global(LuminanceImage image) => Global(image, inverted: false);

    /// <summary>Light modules on a dark background, as some dark-mode screens draw them; tried last.</summary>
    public static BitImage GlobalInverted(LuminanceImage image) => Global(image, inverted: true);

    private static BitImage Global(LuminanceImage image, bool inverted)
    {
        var pixels = image.Pixels.AsSpan(0, image.Width * image.Height);
        var threshold = OtsuThreshold(pixels);
        var bits = new BitImage(image.Width, image.Height);
        if (threshold < 0)
        {
            return bits;
        }

        for (var y = 0; y < image.Height; y++)
        {
            var row = pixels.Slice(y * image.Width, image.Width);
            for (var x = 0; x < row.Length; x++)
            {
                bits[x, y] = (row[x] <= threshold) != inverted;
            }
        }

        return bits;
    }

    /// <summary>
    /// The grey level that best separates two classes (maximal between-class variance); pixels at or below
    /// it are dark. -1 when the image is too flat to hold a code.
    /// </summary>
    internal static int OtsuThreshold(ReadOnlySpan<byte> pixels)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var value in pixels)
        {
            histogram[value]++;
        }

        int min = 0, max = 255;
        while (min < 255 && histogram[min] == 0)
        {
            min++;
        }

        while (max > 0 && histogram[max] == 0)
        {
            max--;
        }

        if (max - min < MinContrast)
        {
            return -1;
        }

        double total = pixels.Length, sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * (double)histogram[i];
        }

        double weightBelow = 0, sumBelow = 0, bestVariance = -1;
        var best = min;
        for (var t = min; t < max; t++)
        {
            weightBelow += histogram[t];
            sumBelow += t * (double)histogram[t];
            if (weightBelow == 0)
            {
                continue;
            }

            var weightAbove = total - weightBelow;
            var meanDifference = (sumBelow / weightBelow) - ((sumAll - sumBelow) / weightAbove);
            var variance = weightBelow * weightAbove * meanDifference * meanDifference;
            if (variance > bestVariance)
            {
                bestVariance = variance;
                best = t;
            }
        }

        return best;
    }

    /// <summary>
    /// Per 8×8 block: the mean where the block has contrast; in a flat block, the neighbours' threshold when
    /// the block is darker than it (inside a large dark area such as a finder's centre), else half the
    /// minimum (so flat light areas stay light). Each pixel is then compared with the 5×5-block average.
    /// </summary>
    public static BitImage Adaptive(LuminanceImage image)
    {
        int width = image.Width, height = image.Height;
        var pixels = image.Pixels;
        var blocksX = (width + BlockSize - 1) / BlockSize;
        var blocksY = (height + BlockSize - 1) / BlockSize;
        var blackPoints = new int[blocksX * blocksY];
        for (var by = 0; by < blocksY; by++)
        {
            for (var bx = 0; bx < blocksX; bx++)
            {
                int min = 255, max = 0, sum = 0, count = 0;
                var yEnd = Math.Min(height, (by + 1) * BlockSize);
                var xEnd = Math.Min(width, (bx + 1) * BlockSize);
                for (var y = by * BlockSize; y < yEnd; y++)
                {
                    for (var x = bx * BlockSize; x < xEnd; x++)
                    {
                        int value = pixels[(y * width) + x];
                        sum += value;
                        count++;
                        min = Math.Min(min, value);
                        max = Math.Max(max, value);
                    }
                }

                var blackPoint = sum / count;
                if (max - min <= MinContrast)
                {
                    blackPoint = min / 2;
                    if (bx > 0 && by > 0)
                    {
                        var neighbours = (blackPoints[((by - 1) * blocksX) + bx] + (2 * blackPoints[(by * blocksX) + bx - 1])
                            + blackPoints[((by - 1) * blocksX) + bx - 1]) / 4;
                        if (min < neighbours)
                        {
                            blackPoint = neighbours;
                        }
                    }
                }

                blackPoints[(by * blocksX) + bx] = blackPoint;
            }
        }

        var bits = new BitImage(width, height);
        for (var by = 0; by < blocksY; by++)
        {
            for (var bx = 0; bx < blocksX; bx++)
            {
                int sum = 0, count = 0;
                for (var ny = Math.Max(0, by - NeighbourhoodRadius); ny <= Math.Min(blocksY - 1, by + NeighbourhoodRadius); ny++)
                {
                    for (var nx = Math.Max(0, bx - NeighbourhoodRadius); nx <= Math.Min(blocksX - 1, bx + NeighbourhoodRadius); nx++)
                    {
                        sum += blackPoints[(ny * blocksX) + nx];
                        count++;
                    }
                }

                var threshold = sum / count;
                var yEnd = Math.Min(height, (by + 1) * BlockSize);
                var xEnd = Math.Min(width, (bx + 1) * BlockSize);
                for (var y = by * BlockSize; y < yEnd; y++)
                {
                    for (var x = bx * BlockSize; x < xEnd; x++)
                    {
                        bits[x, y] = pixels[(y * width) + x] <= threshold;
                    }
                }
            }
        }

        return bits;
    }
}
