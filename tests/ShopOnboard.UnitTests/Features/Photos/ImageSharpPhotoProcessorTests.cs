using System.Security.Cryptography;
using System.Text;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;
using static ShopOnboard.UnitTests.Features.Photos.TestPhotos;

namespace ShopOnboard.UnitTests.Features.Photos;

public class ImageSharpPhotoProcessorTests
{
    private static readonly Rgb24 Red = new(220, 20, 20);
    private static readonly Rgb24 Blue = new(20, 20, 220);

    [Fact]
    public async Task ProcessAsync_ExifOrientation6_ComesOutUpright()
    {
        // Stored lying on its side, red on the left: a phone held upright shows it turned 90° clockwise,
        // so upright the red half is on top.
        using var stored = Filled(600, 400, Blue);
        stored.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                rows.GetRowSpan(y)[..300].Fill(Red);
            }
        });
        stored.Metadata.ExifProfile = new ExifProfile();
        stored.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);

        var result = await ProcessAsync(Jpeg(stored));

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal((400, 600), (result.Photo.Width, result.Photo.Height));
        using var storefront = Decode(result.Photo.Rendition(PhotoRenditionKind.Storefront));
        Assert.Equal((400, 600), (storefront.Width, storefront.Height));
        AssertClose(Red, storefront[200, 100]);
        AssertClose(Blue, storefront[200, 500]);

        using var square = Decode(result.Photo.Rendition(PhotoRenditionKind.Marketplace));
        AssertClose(Red, square[512, 200]);
        AssertClose(Blue, square[512, 850]);
    }

    [Fact]
    public async Task ProcessAsync_PhotoWithGpsXmpIptcAndIcc_NoRenditionKeepsAnyOfIt()
    {
        using var image = Checkerboard(400, 300);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "ShopOnboardTestCam");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(10, 1), new Rational(2, 1), new Rational(4272, 100)]);
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>"));
        image.Metadata.IptcProfile = new IptcProfile();
        image.Metadata.IptcProfile.SetValue(IptcTag.City, "Cần Thơ");
        image.Metadata.IccProfile = new IccProfile(LinearAdobeRgbIccProfile());
        var upload = Jpeg(image);
        var sent = Image.Identify(upload).Metadata;
        Assert.True(sent.ExifProfile!.TryGetValue(ExifTag.GPSLatitude, out _));
        Assert.NotNull(sent.XmpProfile);
        Assert.NotNull(sent.IptcProfile);
        Assert.NotNull(sent.IccProfile);

        var result = await ProcessAsync(upload);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(3, result.Photo.Renditions.Count);
        foreach (var rendition in result.Photo.Renditions)
        {
            var metadata = Image.Identify(rendition.Content.Span).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.Null(metadata.IptcProfile);
            Assert.Null(metadata.IccProfile);
            Assert.Equal(-1, rendition.Content.Span.IndexOf("ShopOnboardTestCam"u8));
        }
    }

    [Fact]
    public async Task ProcessAsync_LinearLightIccProfile_ConvertedToSrgb()
    {
        using var image = Filled(400, 300, new Rgb24(128, 128, 128));
        image.Metadata.IccProfile = new IccProfile(LinearAdobeRgbIccProfile());

        var result = await ProcessAsync(Jpeg(image));

        Assert.True(result.IsSuccess, result.Message);
        using var storefront = Decode(result.Photo.Rendition(PhotoRenditionKind.Storefront));
        Assert.InRange(storefront[200, 150].G, 178, 198);
    }

    [Fact]
    public async Task ProcessAsync_LandscapePhoto_MakesTheThreeDocumentedRenditions()
    {
        using var image = Checkerboard(1200, 900);
        var upload = Jpeg(image);

        var result = await ProcessAsync(upload);

        Assert.True(result.IsSuccess, result.Message);
        var hash = Convert.ToHexStringLower(SHA256.HashData(upload));
        Assert.Equal(hash, result.Photo.ContentHash);

        var marketplace = result.Photo.Rendition(PhotoRenditionKind.Marketplace);
        Assert.Equal($"{hash}-1024.jpg", marketplace.FileName);
        Assert.InRange(marketplace.Content.Length, 1, 1024 * 1024 - 1);
        Assert.IsType<JpegFormat>(Image.DetectFormat(marketplace.Content.Span));
        using var square = Decode(marketplace);
        Assert.Equal((1024, 1024), (square.Width, square.Height));
        AssertClose(new Rgb24(255, 255, 255), square[512, 20]); // padding above the 1024×768 photo
        AssertClose(new Rgb24(255, 255, 255), square[512, 1003]);
        Assert.True(square[512, 512].R < 240, "the photo itself is in the middle");

        var storefront = result.Photo.Rendition(PhotoRenditionKind.Storefront);
        Assert.Equal(($"{hash}-800.webp", 800, 600), (storefront.FileName, storefront.Width, storefront.Height));
        Assert.IsType<WebpFormat>(Image.DetectFormat(storefront.Content.Span));

        var thumbnail = result.Photo.Rendition(PhotoRenditionKind.Thumbnail);
        Assert.Equal(($"{hash}-320.webp", 320, 240), (thumbnail.FileName, thumbnail.Width, thumbnail.Height));
        Assert.Equal(new Size(320, 240), Image.Identify(thumbnail.Content.Span).Size);
    }

    [Fact]
    public async Task ProcessAsync_TransparentPng_PutOnWhite()
    {
        using var image = new Image<Rgba32>(400, 300, new Rgba32(0, 0, 0, 0));

        var result = await ProcessAsync(Png(image));

        Assert.True(result.IsSuccess, result.Message);
        using var storefront = Decode(result.Photo.Rendition(PhotoRenditionKind.Storefront));
        AssertClose(new Rgb24(255, 255, 255), storefront[200, 150]);
    }

    [Fact]
    public async Task ProcessAsync_WebpUpload_Accepted()
    {
        using var image = Checkerboard(400, 300);
        using var webp = new MemoryStream();
        image.Save(webp, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = 90 });

        var result = await ProcessAsync(webp.ToArray());

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal((400, 300), (result.Photo.Width, result.Photo.Height));
    }

    private static Image<Rgb24> Decode(PhotoRendition rendition) => Image.Load<Rgb24>(rendition.Content.Span);

    // Lossy encoders move colours a little; a swapped or mirrored half moves them by ~200.
    private static void AssertClose(Rgb24 expected, Rgb24 actual)
    {
        var distance = Math.Abs(expected.R - actual.R) + Math.Abs(expected.G - actual.G) + Math.Abs(expected.B - actual.B);
        Assert.True(distance < 60, $"expected about {expected}, got {actual}");
    }
}
