using SixLabors.ImageSharp;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// The sizes of one photo's renditions, worked out from the header alone so the decoder can be told how
/// small it may decode (the JPEG decoder scales by 1/2, 1/4 or 1/8 inside the IDCT, nearly for free).
/// </summary>
/// <param name="Upright">The upload's size after EXIF orientation.</param>
/// <param name="Base">
/// The one resize of the decoded image, as large as the largest rendition needs (never upscaled); every
/// rendition is made from it. The decoder is asked for at least this size.
/// </param>
/// <param name="SquareContent">The photo inside the white marketplace square.</param>
internal readonly record struct PhotoGeometry(
    Size Upright,
    Size Base,
    Size SquareContent,
    Size Storefront,
    Size Thumbnail)
{
    public static PhotoGeometry Plan(Size upright)
    {
        var storefront = FitWidth(upright, PhotoNames.StorefrontWidth);
        var thumbnail = FitWidth(upright, PhotoNames.ThumbnailWidth);

        // Marketplaces want 1024 whatever we get, so a small photo is upscaled for the square alone.
        var squareScale = (double)PhotoNames.MarketplaceSide / Math.Max(upright.Width, upright.Height);
        var squareContent = Scale(upright, squareScale);
        var baseScale = Math.Min(1, Math.Max((double)storefront.Width / upright.Width, squareScale));
        var baseSize = baseScale >= 1 ? upright : Scale(upright, baseScale);
        return new PhotoGeometry(upright, baseSize, squareContent, storefront, thumbnail);
    }

    /// <summary>Orientations 5–8 store the picture lying on its side: width and height swap.</summary>
    public static Size Stored(Size upright, ushort exifOrientation) =>
        exifOrientation is >= 5 and <= 8 ? new Size(upright.Height, upright.Width) : upright;

    private static Size FitWidth(Size upright, int width) =>
        upright.Width <= width ? upright : Scale(upright, (double)width / upright.Width);

    private static Size Scale(Size size, double scale) => new(
        Math.Max(1, (int)Math.Round(size.Width * scale, MidpointRounding.AwayFromZero)),
        Math.Max(1, (int)Math.Round(size.Height * scale, MidpointRounding.AwayFromZero)));
}
