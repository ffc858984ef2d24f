using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>The tips for the quality issues stored on a photo ("TooDark,Blurry").</summary>
public static class PhotoHintText
{
    public static IEnumerable<string> Tips(string? issues) =>
        (issues ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(issue => Enum.TryParse<PhotoQualityIssue>(issue, out var known) ? known : (PhotoQualityIssue?)null)
            .OfType<PhotoQualityIssue>()
            .Select(issue => issue switch
            {
                PhotoQualityIssue.TooDark => PhotoTexts.TooDarkTip,
                PhotoQualityIssue.Blurry => PhotoTexts.BlurryTip,
                _ => PhotoTexts.TooSmallTip,
            });
}
