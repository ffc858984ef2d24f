using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;

namespace ShopOnboard.UnitTests.Features.Photos;

public class PhotoGeometryTests
{
    [Fact]
    public void Plan_UprightTwelveMegapixel_BaseIsTheStorefrontSize()
    {
        var plan = PhotoGeometry.Plan(new Size(3000, 4000));

        Assert.Equal(new Size(800, 1067), plan.Base);
        Assert.Equal(new Size(768, 1024), plan.SquareContent);
        Assert.Equal(new Size(800, 1067), plan.Storefront);
        Assert.Equal(new Size(320, 427), plan.Thumbnail);
    }

    [Fact]
    public void Plan_Landscape_BaseIsTheSquareContent()
    {
        var plan = PhotoGeometry.Plan(new Size(4000, 3000));

        Assert.Equal(new Size(1024, 768), plan.Base);
        Assert.Equal(new Size(800, 600), plan.Storefront);
    }

    [Fact]
    public void Plan_SmallPhoto_BaseNeverUpscaledButSquareIs()
    {
        var plan = PhotoGeometry.Plan(new Size(500, 400));

        Assert.Equal(new Size(500, 400), plan.Base);
        Assert.Equal(new Size(500, 400), plan.Storefront);
        Assert.Equal(new Size(1024, 819), plan.SquareContent);
    }

    [Theory]
    [InlineData(1, 4000, 3000)]
    [InlineData(3, 4000, 3000)]
    [InlineData(6, 3000, 4000)]
    [InlineData(8, 3000, 4000)]
    public void Stored_ExifOrientation_SwapsSidesOnlyForTurnedPhotos(ushort orientation, int width, int height)
    {
        Assert.Equal(new Size(width, height), PhotoGeometry.Stored(new Size(4000, 3000), orientation));
    }
}
