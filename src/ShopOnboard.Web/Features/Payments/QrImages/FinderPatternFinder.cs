namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// A finder pattern's centre in pixel coordinates (pixel edges at integers, so a centre can fall between
/// pixels), its module size, and how many scan lines confirmed it.
/// </summary>
internal readonly record struct FinderPattern(double X, double Y, double ModuleSize, int Count);

/// <summary>
/// Finds the 7×7 finder squares by their dark-light-dark-light-dark runs in the ratio 1:1:3:1:1, which
/// any line through the centre shows at any rotation. Every row is scanned (a 1 px/module code has only
/// three centre rows); each hit is confirmed by a vertical and a horizontal run through its centre.
/// </summary>
internal static class FinderPatternFinder
{
    /// <summary>
    /// Noise and text produce many one-off hits. Past this many, hits seen on one row only and already
    /// left behind by the scan are dropped; a real finder is confirmed on at least its three centre rows.
    /// </summary>
    private const int MaxCandidates = 300;

    public static List<FinderPattern> Find(BitImage image)
    {
        var found = new List<FinderPattern>();
        Span<int> counts = stackalloc int[5];
        for (var y = 0; y < image.Height; y++)
        {
            if (found.Count >= MaxCandidates)
            {
                var row0 = y;
                found.RemoveAll(p => p.Count == 1 && p.Y + (3 * p.ModuleSize) + 2 < row0);
            }

            var row = image.Row(y);
            counts.Clear();
            var state = 0;
            for (var x = 0; x < row.Length; x++)
            {
                if (row[x])
                {
                    if ((state & 1) == 1)
                    {
                        state++;
                    }

                    counts[state]++;
                }
                else if ((state & 1) == 1)
                {
                    counts[state]++;
                }
                else if (state == 4)
                {
                    Confirm(image, counts, x, y, found);
                    ShiftByTwoRuns(counts);
                    state = 3;
                }
                else if (counts[state] > 0)
                {
                    state++;
                    counts[state]++;
                }
            }

            if (state == 4)
            {
                Confirm(image, counts, row.Length, y, found);
            }
        }

        return found;
    }

    /// <summary>Keeps the last dark-light-dark as the start of the next possible pattern.</summary>
    private static void ShiftByTwoRuns(Span<int> counts)
    {
        counts[0] = counts[2];
        counts[1] = counts[3];
        counts[2] = counts[4];
        counts[3] = 1;
        counts[4] = 0;
    }

    /// <summary>Each 1-unit run within half a module of its expected length, the centre within 1.5 modules.</summary>
    internal static bool HasFinderRatio(ReadOnlySpan<int> counts)
    {
        var total = 0;
        foreach (var count in counts)
        {
            if (count == 0)
            {
                return false;
            }

            total += count;
        }

        if (total < 7)
        {
            return false;
        }

        var module = total / 7.0;
        var tolerance = module / 2;
        return Math.Abs(module - counts[0]) < tolerance && Math.Abs(module - counts[1]) < tolerance
            && Math.Abs((3 * module) - counts[2]) < 3 * tolerance
            && Math.Abs(module - counts[3]) < tolerance && Math.Abs(module - counts[4]) < tolerance;
    }

    private static void Confirm(BitImage image, ReadOnlySpan<int> counts, int end, int y, List<FinderPattern> found)
    {
        if (!HasFinderRatio(counts))
        {
            return;
        }

        var total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        var centerX = end - counts[4] - counts[3] - (counts[2] / 2.0);
        var vertical = CrossCheck(image, (int)centerX, y, vertical: true, counts[2], total);
        if (vertical is not { } v)
        {
            return;
        }

        var horizontal = CrossCheck(image, (int)v.Center, (int)centerX, vertical: false, counts[2], total);
        if (horizontal is not { } h)
        {
            return;
        }

        // Once more vertically through the refined column: the first column came from one row only.
        var refined = CrossCheck(image, (int)h.Center, (int)v.Center, vertical: true, counts[2], total) ?? v;
        var pattern = new FinderPattern(h.Center, refined.Center, (h.ModuleSize + refined.ModuleSize) / 2, 1);
        for (var i = 0; i < found.Count; i++)
        {
            var known = found[i];
            if (Math.Abs(known.X - pattern.X) <= known.ModuleSize && Math.Abs(known.Y - pattern.Y) <= known.ModuleSize
                && Math.Abs(known.ModuleSize - pattern.ModuleSize) <= Math.Max(1.0, known.ModuleSize / 2))
            {
                var n = known.Count;
                found[i] = new FinderPattern(
                    ((known.X * n) + pattern.X) / (n + 1),
                    ((known.Y * n) + pattern.Y) / (n + 1),
                    ((known.ModuleSize * n) + pattern.ModuleSize) / (n + 1),
                    n + 1);
                return;
            }
        }

        if (found.Count < MaxCandidates)
        {
            found.Add(pattern);
        }
    }

    /// <summary>
    /// Walks from a dark centre pixel both ways along one line and measures the five runs again. The module
    /// size is taken between the centres of the outer dark runs (6 modules apart), which a threshold that
    /// fattens or thins dark areas leaves unchanged.
    /// </summary>
    private static (double Center, double ModuleSize)? CrossCheck(BitImage image, int fixedCoordinate, int start, bool vertical, int maxCount, int originalTotal)
    {
        var length = vertical ? image.Height : image.Width;
        if (fixedCoordinate < 0 || fixedCoordinate >= (vertical ? image.Width : image.Height) || start < 0 || start >= length)
        {
            return null;
        }

        bool Dark(int i) => vertical ? image[fixedCoordinate, i] : image[i, fixedCoordinate];

        Span<int> counts = stackalloc int[5];
        var i = start;
        while (i >= 0 && Dark(i))
        {
            counts[2]++;
            i--;
        }

        while (i >= 0 && !Dark(i) && counts[1] <= maxCount)
        {
            counts[1]++;
            i--;
        }

        if (i < 0 || counts[1] > maxCount)
        {
            return null;
        }

        // The outer ring may touch the image edge when a screenshot is cropped tight; that is allowed.
        while (i >= 0 && Dark(i) && counts[0] <= maxCount)
        {
            counts[0]++;
            i--;
        }

        if (counts[0] > maxCount || counts[2] == 0)
        {
            return null;
        }

        i = start + 1;
        while (i < length && Dark(i))
        {
            counts[2]++;
            i++;
        }

        while (i < length && !Dark(i) && counts[3] <= maxCount)
        {
            counts[3]++;
            i++;
        }

        if (i == length || counts[3] > maxCount)
        {
            return null;
        }

        while (i < length && Dark(i) && counts[4] <= maxCount)
        {
            counts[4]++;
            i++;
        }

        var total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        if (counts[4] > maxCount || 5 * Math.Abs(total - originalTotal) >= 2 * originalTotal || !HasFinderRatio(counts))
        {
            return null;
        }

        var center = i - counts[4] - counts[3] - (counts[2] / 2.0);
        var moduleSize = (total - ((counts[0] + counts[4]) / 2.0)) / 6;
        return (center, moduleSize);
    }
}
