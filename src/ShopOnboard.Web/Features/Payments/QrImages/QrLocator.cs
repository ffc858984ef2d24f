namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>Three finder patterns named by their role in the symbol, whatever the image's rotation.</summary>
internal readonly record struct FinderTriple(FinderPattern TopLeft, FinderPattern TopRight, FinderPattern BottomLeft)
{
    public double ModuleSize => (TopLeft.ModuleSize + TopRight.ModuleSize + BottomLeft.ModuleSize) / 3;
}

/// <summary>
/// Picks the triples of finder candidates that could be one symbol (a right isosceles triangle of
/// similar-sized patterns), best first, and estimates the symbol's size from each.
/// </summary>
internal static class QrLocator
{
    /// <summary>The strongest candidates only: real finders are confirmed on several rows, noise rarely.</summary>
    private const int MaxPatterns = 16;

    private const double MaxSizeRatio = 1.5;
    private const double MaxLegDifference = 0.25;
    private const double MaxCornerCosine = 0.3;

    public static List<FinderTriple> Triples(List<FinderPattern> patterns)
    {
        var strongest = patterns
            .OrderByDescending(p => p.Count)
            .ThenByDescending(p => p.ModuleSize)
            .Take(MaxPatterns)
            .ToList();
        var scored = new List<(FinderTriple Triple, double Score)>();
        for (var i = 0; i < strongest.Count; i++)
        {
            for (var j = i + 1; j < strongest.Count; j++)
            {
                for (var k = j + 1; k < strongest.Count; k++)
                {
                    if (Arrange(strongest[i], strongest[j], strongest[k]) is { } candidate)
                    {
                        scored.Add(candidate);
                    }
                }
            }
        }

        return scored.OrderBy(s => s.Score).Select(s => s.Triple).ToList();
    }

    /// <summary>
    /// The corner is opposite the longest side; the cross product's sign tells top-right from bottom-left
    /// (image y grows downwards, so for an upright code (TR − TL) × (BL − TL) is positive at any rotation).
    /// </summary>
    internal static (FinderTriple Triple, double Score)? Arrange(FinderPattern a, FinderPattern b, FinderPattern c)
    {
        var sizes = new[] { a.ModuleSize, b.ModuleSize, c.ModuleSize };
        if (sizes.Max() > MaxSizeRatio * sizes.Min())
        {
            return null;
        }

        double ab = Distance(a, b), bc = Distance(b, c), ac = Distance(a, c);
        FinderPattern corner, p, q;
        if (bc >= ab && bc >= ac)
        {
            (corner, p, q) = (a, b, c);
        }
        else if (ac >= ab && ac >= bc)
        {
            (corner, p, q) = (b, a, c);
        }
        else
        {
            (corner, p, q) = (c, a, b);
        }

        double px = p.X - corner.X, py = p.Y - corner.Y, qx = q.X - corner.X, qy = q.Y - corner.Y;
        double legP = Math.Sqrt((px * px) + (py * py)), legQ = Math.Sqrt((qx * qx) + (qy * qy));
        var legDifference = Math.Abs(legP - legQ) / Math.Max(legP, legQ);
        var cosine = ((px * qx) + (py * qy)) / (legP * legQ);
        var legModules = (legP + legQ) / 2 / (sizes.Average() * AxisRunFactor(px, py));

        // Finder centres are 14 (version 1) to 170 (version 40) modules apart.
        if (legDifference > MaxLegDifference || Math.Abs(cosine) > MaxCornerCosine || legModules < 12 || legModules > 180)
        {
            return null;
        }

        var triple = (px * qy) - (py * qx) > 0 ? new FinderTriple(corner, p, q) : new FinderTriple(corner, q, p);
        var sizeSpread = (sizes.Max() - sizes.Min()) / sizes.Min();
        return (triple, legDifference + Math.Abs(cosine) + sizeSpread);
    }

    /// <summary>
    /// Symbol sizes to try, nearest first: the finder distance in modules plus 7, rounded to the two closest
    /// valid sizes (17 + 4·v) so that a module-size estimate off by two modules still gets a second chance.
    /// </summary>
    public static IEnumerable<int> Dimensions(FinderTriple triple)
    {
        var factor = AxisRunFactor(triple.TopRight.X - triple.TopLeft.X, triple.TopRight.Y - triple.TopLeft.Y);
        var top = Distance(triple.TopLeft, triple.TopRight) / ((triple.TopLeft.ModuleSize + triple.TopRight.ModuleSize) / 2 * factor);
        var left = Distance(triple.TopLeft, triple.BottomLeft) / ((triple.TopLeft.ModuleSize + triple.BottomLeft.ModuleSize) / 2 * factor);
        var estimate = ((top + left) / 2) + 7;
        var version = Math.Clamp((int)Math.Round((estimate - 17) / 4), QrVersion.Min, QrVersion.Max);
        return new[] { version - 1, version, version + 1 }
            .Where(v => v is >= QrVersion.Min and <= QrVersion.Max)
            .Select(QrVersion.DimensionOf)
            .OrderBy(d => Math.Abs(d - estimate))
            .Take(2);
    }

    /// <summary>
    /// Finder module sizes come from horizontal and vertical runs, which cross a code turned by θ at
    /// 1 / cos θ times the true width (θ folded into ±45°, the code's symmetry); the side direction gives θ,
    /// and this returns cos θ to turn a measured size back into the true one.
    /// </summary>
    private static double AxisRunFactor(double dx, double dy) => Math.Cos(Math.IEEERemainder(Math.Atan2(dy, dx), Math.PI / 2));

    private static double Distance(FinderPattern a, FinderPattern b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
