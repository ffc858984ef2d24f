using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp.Processing;
using static ShopOnboard.UnitTests.Features.Photos.TestPhotos;

namespace ShopOnboard.UnitTests.Features.Photos;

public class PhotoQualityHintTests
{
    [Fact]
    public async Task ProcessAsync_SharpWellLitPhoto_NoHints()
    {
        using var image = Checkerboard(800, 600);

        var result = await ProcessAsync(Jpeg(image));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Empty(result.Photo.Hints);
    }

    [Fact]
    public async Task ProcessAsync_DarkPhoto_TooDark()
    {
        using var image = Checkerboard(800, 600, dark: 10, light: 60);

        var result = await ProcessAsync(Jpeg(image));

        var hint = Assert.Single(result.Photo!.Hints);
        Assert.Equal(PhotoQualityIssue.TooDark, hint.Issue);
        Assert.Contains("cửa sổ", hint.Tip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_BlurredPhoto_Blurry()
    {
        using var image = Checkerboard(800, 600);
        image.Mutate(x => x.GaussianBlur(6));

        var result = await ProcessAsync(Jpeg(image));

        Assert.Equal([PhotoQualityIssue.Blurry], result.Photo!.Hints.Select(h => h.Issue));
    }

    [Fact]
    public async Task ProcessAsync_PhotoUnder600OnShortSide_TooSmall()
    {
        using var image = Checkerboard(500, 400);

        var result = await ProcessAsync(Jpeg(image));

        Assert.Equal([PhotoQualityIssue.TooSmall], result.Photo!.Hints.Select(h => h.Issue));
    }
}
