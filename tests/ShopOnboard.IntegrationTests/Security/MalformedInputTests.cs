using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.IntegrationTests.Security;

/// <summary>
/// Hundreds of broken uploads and form posts, from a fixed seed so a failure can be replayed: none may end
/// in a server error, and refused photos leave no files behind.
/// </summary>
[Collection(SharedApp.Name)]
public class MalformedInputTests(ShopOnboardFactory app)
{
    private static byte[] BrokenFile(Random random, int i)
    {
        var jpeg = TestPhotos.Jpeg(64 + random.Next(600), 64 + random.Next(600), i);
        return (i % 8) switch
        {
            0 => [],
            1 => jpeg[..random.Next(1, jpeg.Length - 1)],
            2 => [.. jpeg.Select(b => random.Next(50) == 0 ? (byte)random.Next(256) : b)],
            3 => System.Text.Encoding.UTF8.GetBytes("<html>không phải ảnh</html>"),
            4 => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, random.Next(200)).Select(_ => (byte)random.Next(256))],
            5 => [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8.ToArray(), .. new byte[random.Next(100)]],
            6 => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, random.Next(5000)).Select(_ => (byte)random.Next(256))],
            _ => [.. Enumerable.Range(0, random.Next(1, 3000)).Select(_ => (byte)random.Next(256))],
        };
    }

    [Fact]
    public async Task Upload_TwoHundredBrokenFiles_NoServerErrorAndNoFilesLeft()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer2");
        var listingId = await app.WithDbAsync(db => db.Listings.Where(l => l.ShopId == shopId).Select(l => l.Id).FirstAsync());
        var owner = await app.SignedInAsync("farmer2");
        var random = new Random(2026);
        var store = Path.Combine(app.DataPath, "photos");
        var before = Directory.Exists(store) ? Directory.GetFiles(store, "*", SearchOption.AllDirectories).Length : 0;

        for (var i = 0; i < 200; i++)
        {
            var response = await owner.UploadAsync(shopId, listingId, (BrokenFile(random, i), $"anh-{i}.jpg"));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload {i}: {(int)response.StatusCode}");
            await app.ProcessPendingPhotosAsync();
            await app.WithDbAsync(db => db.ListingPhotos.Where(p => p.ListingId == listingId).ExecuteDeleteAsync());
        }

        var after = Directory.Exists(store) ? Directory.GetFiles(store, "*", SearchOption.AllDirectories).Length : 0;
        var pending = Directory.GetFiles(Path.Combine(app.DataPath, "uploads"));
        Assert.Equal(before, after);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Forms_TwoHundredMalformedPosts_NoServerError()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer1");
        var village = await app.ScopeUnitAsync("team1");
        var listingId = await app.WithDbAsync(db => db.Listings.Where(l => l.ShopId == shopId).Select(l => l.Id).FirstAsync());
        var team = await app.SignedInAsync("team1");
        string[] pages =
        [
            $"/villages/{village}/households/new", $"/shops/{shopId}/setup/profile", $"/shops/{shopId}/setup/payment",
            $"/shops/{shopId}/listings/new", $"/shops/{shopId}/listings/{listingId}", $"/shops/{shopId}/orders/new",
        ];
        string[] fields =
        [
            "Form.HeadName", "Form.Phone", "Form.MembersCount", "Form.Name", "Form.Description", "Form.BankBin", "Form.AccountNumber",
            "Form.HolderName", "Form.Title", "Form.PriceVnd", "Form.Stock", "Form.WeightGrams", "Form.Category", "Form.Status",
            "Form.OcopStars", "Form.HarvestMonths", "Form.Lines[0].ListingId", "Form.Lines[0].Quantity", "Form.BuyerPhone", "Form.Sku",
        ];
        string[] values = ["", "-1", "0", "99999999999999999999", "1e9", "abc", "<script>alert(1)</script>", "' OR 1=1 --", "Đ", new string('x', 6000), "null", "NaN", "2147483648", "\u0000", "😀"];
        var random = new Random(2026);
        var failures = new List<string>();

        for (var i = 0; i < 200; i++)
        {
            var page = pages[random.Next(pages.Length)];
            var form = Enumerable.Range(0, random.Next(1, 8)).Select(_ => fields[random.Next(fields.Length)]).Distinct()
                .ToDictionary(f => f, _ => values[random.Next(values.Length)]);
            var response = await team.PostFormAsync(page, page, form);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{page} {string.Join("&", form.Select(f => $"{f.Key}={f.Value[..Math.Min(20, f.Value.Length)]}"))}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
