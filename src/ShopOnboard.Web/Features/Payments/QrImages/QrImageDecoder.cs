using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Decodes one QR Code from a greyscale bitmap: a screenshot of a banking app's "my QR" screen or a clean,
/// square-on photo, at any scale and at any rotation (finder centres fix an affine grid), including codes
/// with a logo over the centre as long as error correction covers it. Bad input yields a typed failure,
/// never an exception.
/// </summary>
public static class QrImageDecoder
{
    /// <summary>Every extra triple is a false lead in practice; this bounds the work on noisy images.</summary>
    private const int MaxTriplesPerBinarization = 8;

    private const string NoCodeMessage = "No QR Code found: the image does not show three finder patterns in a QR arrangement.";

    private static readonly Func<LuminanceImage, BitImage>[] Binarizations = [Binarizer.Global, Binarizer.Adaptive, Binarizer.GlobalInverted];

    public static QrDecodeResult Decode(LuminanceImage image)
    {
        if (image?.Pixels is null || image.Width <= 0 || image.Height <= 0
            || (long)image.Width * image.Height > image.Pixels.Length)
        {
            return QrDecodeResult.Fail(QrDecodeError.InvalidImage, "The bitmap is empty or has fewer pixels than its width × height.");
        }

        var best = QrDecodeResult.Fail(QrDecodeError.NoCodeFound, NoCodeMessage);
        if (image.Width < QrVersion.DimensionOf(QrVersion.Min) || image.Height < QrVersion.DimensionOf(QrVersion.Min))
        {
            return best;
        }

        foreach (var binarize in Binarizations)
        {
            var bits = binarize(image);
            var patterns = FinderPatternFinder.Find(bits);
            if (patterns.Count < 3)
            {
                continue;
            }

            foreach (var triple in QrLocator.Triples(patterns).Take(MaxTriplesPerBinarization))
            {
                var tried = new HashSet<int>();
                foreach (var dimension in QrLocator.Dimensions(triple))
                {
                    var result = TrySize(bits, triple, dimension, tried);
                    if (result is null)
                    {
                        continue;
                    }

                    if (result.IsSuccess)
                    {
                        return result;
                    }

                    // The enum is ordered by progress: report the attempt that got furthest.
                    if (result.Error > best.Error)
                    {
                        best = result;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// From version 7 the symbol states its version twice; when that disagrees with the size estimated from
    /// the finder distance, the stated one wins (the estimate is off by a module or two on large codes).
    /// </summary>
    private static QrDecodeResult? TrySize(BitImage bits, FinderTriple triple, int dimension, HashSet<int> tried)
    {
        if (!tried.Add(dimension))
        {
            return null;
        }

        var grid = GridSampler.Sample(bits, triple, dimension);
        if (FormatInformation.ReadVersion(grid) is { } stated && QrVersion.DimensionOf(stated) != dimension)
        {
            var statedDimension = QrVersion.DimensionOf(stated);
            if (!tried.Add(statedDimension))
            {
                return null;
            }

            grid = GridSampler.Sample(bits, triple, statedDimension);
        }

        return FunctionPatternCheck.LooksLikeQr(grid)
            ? QrSymbolDecoder.Decode(grid)
            : QrDecodeResult.Fail(QrDecodeError.NoCodeFound, NoCodeMessage);
    }
}
