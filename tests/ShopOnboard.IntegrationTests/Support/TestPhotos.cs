using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Features.Listings;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ShopOnboard.IntegrationTests.Support;

public static class TestPhotos
{
    /// <summary>A bright, sharp JPEG (a checkerboard of colours), big enough to raise no quality hint.</summary>
    public static byte[] Jpeg(int width = 900, int height = 700, int seed = 1)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = ((x / 20) + (y / 20)) % 2 == 0 ? new Rgb24(250, 180, 40) : new Rgb24((byte)random.Next(150, 256), 240, 200);
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    /// <summary>Uploads files to a listing the way the page's form does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int shopId, int listingId, params (byte[] Content, string Name)[] files)
    {
        var page = $"/shops/{shopId}/listings/{listingId}";
        var form = new MultipartFormDataContent { { new StringContent(await client.AntiForgeryTokenAsync(page, page + "/photos")), "__RequestVerificationToken" } };
        foreach (var (content, name) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await client.PostAsync(page + "/photos", form);
    }

    /// <summary>Runs the processing job for every waiting photo, as the Hangfire server would.</summary>
    public static async Task ProcessPendingPhotosAsync(this ShopOnboardFactory app)
    {
        var waiting = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.ListingPhotos.Where(p => p.Status == PhotoStatus.Processing).Select(p => p.Id)));
        foreach (var id in waiting)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProcessListingPhotoJob>().RunAsync(id, CancellationToken.None);
        }
    }
}
