using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using static ShopOnboard.UnitTests.Features.Photos.TestPhotos;

namespace ShopOnboard.UnitTests.Features.Photos;

public class PhotoFormatTests
{
    [Fact]
    public void Detect_HeifWithMif1MajorBrand_Heif()
    {
        byte[] data = [0, 0, 0, 28, .. "ftypmif1"u8, 0, 0, 0, 0, .. "mif1miafheic"u8];

        Assert.Equal(PhotoFileKind.Heif, PhotoFormat.Detect(data));
    }

    [Fact]
    public void Detect_Avif_UnknownNotHeic()
    {
        byte[] data = [0, 0, 0, 24, .. "ftypavif"u8, 0, 0, 0, 0, .. "avifmif1"u8];

        Assert.Equal(PhotoFileKind.Unknown, PhotoFormat.Detect(data));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IsComplete_JpegWithBytesAfterEndMarker_True(bool progressive)
    {
        byte[] data = [.. Encode(progressive), 0, 0, 0, 0];

        Assert.True(PhotoFormat.IsComplete(PhotoFileKind.Jpeg, data));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IsComplete_JpegMissingItsLastBytes_False(bool progressive)
    {
        var data = Encode(progressive);

        Assert.False(PhotoFormat.IsComplete(PhotoFileKind.Jpeg, data.AsSpan(0, data.Length - 1)));
        Assert.False(PhotoFormat.IsComplete(PhotoFileKind.Jpeg, data.AsSpan(0, data.Length * 3 / 4)));
    }

    private static byte[] Encode(bool progressive)
    {
        using var image = Checkerboard(64, 64);
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 90, Progressive = progressive });
        return stream.ToArray();
    }

    [Fact]
    public void IsComplete_PngWithoutEndChunk_False()
    {
        using var image = Checkerboard(64, 64);
        var data = Png(image);

        Assert.True(PhotoFormat.IsComplete(PhotoFileKind.Png, data));
        Assert.False(PhotoFormat.IsComplete(PhotoFileKind.Png, data.AsSpan(0, data.Length - 12)));
    }
}
