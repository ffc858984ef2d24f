using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Rendition file names: <c>{sha256 of the upload}-{width}.{ext}</c>, e.g. <c>…-1024.jpg</c>,
/// <c>…-800.webp</c>, <c>…-320.webp</c>. The same upload always gets the same names, so it is stored once
/// and the files can be cached forever; the width in the name lets views build <c>srcset</c> directly.
/// </summary>
public static partial class PhotoNames
{
    /// <summary>Side of the marketplace square: Shopee, Lazada and TikTok Shop all take 1024×1024.</summary>
    public const int MarketplaceSide = 1024;

    public const int StorefrontWidth = 800;

    public const int ThumbnailWidth = 320;

    public static string For(string contentHash, PhotoRenditionKind kind) => kind switch
    {
        PhotoRenditionKind.Marketplace => string.Create(CultureInfo.InvariantCulture, $"{contentHash}-{MarketplaceSide}.jpg"),
        PhotoRenditionKind.Storefront => string.Create(CultureInfo.InvariantCulture, $"{contentHash}-{StorefrontWidth}.webp"),
        PhotoRenditionKind.Thumbnail => string.Create(CultureInfo.InvariantCulture, $"{contentHash}-{ThumbnailWidth}.webp"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ContentType(PhotoRenditionKind kind) =>
        kind == PhotoRenditionKind.Marketplace ? "image/jpeg" : "image/webp";

    /// <summary>Only names this feature made are accepted, so a name can never reach outside the store.</summary>
    public static bool IsValid(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{64}-[0-9]{2,4}\\.(jpg|webp)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NamePattern();
}
