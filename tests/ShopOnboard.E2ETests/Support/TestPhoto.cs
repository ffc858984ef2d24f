using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.E2ETests.Support;

public static class TestPhoto
{
    /// <summary>A bright, sharp 1200×900 JPEG: a phone photo that raises no quality hint.</summary>
    public static byte[] Jpeg()
    {
        using var image = new Image<Rgb24>(1200, 900);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = ((x / 24) + (y / 24)) % 2 == 0 ? new Rgb24(120, 60, 30) : new Rgb24(250, 230, 190);
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }
}
