using System.Diagnostics.CodeAnalysis;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>Either a processed photo or a failure the user can act on; never both.</summary>
public sealed class PhotoProcessingResult
{
    private PhotoProcessingResult(ProcessedPhoto? photo, PhotoFailure? failure, string? message)
    {
        Photo = photo;
        Failure = failure;
        Message = message;
    }

    [MemberNotNullWhen(true, nameof(Photo))]
    [MemberNotNullWhen(false, nameof(Failure), nameof(Message))]
    public bool IsSuccess => Photo is not null;

    public ProcessedPhoto? Photo { get; }

    public PhotoFailure? Failure { get; }

    /// <summary>Plain Vietnamese, shown as is to the team member who took the photo.</summary>
    public string? Message { get; }

    public static PhotoProcessingResult Success(ProcessedPhoto photo) => new(photo, null, null);

    public static PhotoProcessingResult Failed(PhotoFailure failure, string message) => new(null, failure, message);
}

/// <summary>Why an upload was refused. Stored as text in <c>ListingPhoto.FailureReason</c>, so names are stable.</summary>
public enum PhotoFailure
{
    Empty,
    FileTooLarge,
    TooManyPixels,
    Heic,
    UnsupportedFormat,
    Truncated,
    Corrupt,
    TooSmall,
}

/// <summary>The renditions, by use. File names follow <see cref="PhotoNames"/>.</summary>
public enum PhotoRenditionKind
{
    /// <summary>1024×1024 JPEG, whole product on white: what Shopee, Lazada and TikTok Shop accept.</summary>
    Marketplace,

    /// <summary>800 px wide WebP for the storefront's product page.</summary>
    Storefront,

    /// <summary>320 px wide WebP for lists and the storefront grid.</summary>
    Thumbnail,
}

public enum PhotoQualityIssue
{
    TooSmall,
    TooDark,
    Blurry,
}

/// <summary>A problem worth re-taking the photo for; the photo is still accepted.</summary>
public sealed record PhotoQualityHint(PhotoQualityIssue Issue, string Tip);

/// <summary>One encoded file, metadata-free, ready for <see cref="IPhotoStore"/>.</summary>
public sealed record PhotoRendition(
    PhotoRenditionKind Kind,
    string FileName,
    string ContentType,
    int Width,
    int Height,
    ReadOnlyMemory<byte> Content);

/// <param name="ContentHash">SHA-256 of the uploaded bytes, lower-case hex: the photo's identity.</param>
/// <param name="Width">Upright width of the upload, after EXIF orientation.</param>
/// <param name="Height">Upright height of the upload, after EXIF orientation.</param>
/// <param name="Measures">The numbers behind the hints, worth logging to tune the thresholds on real photos.</param>
public sealed record ProcessedPhoto(
    string ContentHash,
    int Width,
    int Height,
    IReadOnlyList<PhotoRendition> Renditions,
    IReadOnlyList<PhotoQualityHint> Hints,
    PhotoQualityMeasures Measures)
{
    public PhotoRendition Rendition(PhotoRenditionKind kind) => Renditions.Single(r => r.Kind == kind);
}

/// <param name="MeanLuminance">Mean luma, 0–255, of the gamma-encoded pixels.</param>
/// <param name="LaplacianVariance">
/// Variance of the 4-neighbour Laplacian of the luma in the sharpest tile of a 4×4 grid: low when edges are soft.
/// </param>
public readonly record struct PhotoQualityMeasures(double MeanLuminance, double LaplacianVariance);
