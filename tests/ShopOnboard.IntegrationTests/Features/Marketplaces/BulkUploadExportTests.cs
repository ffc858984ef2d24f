using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces.Exports;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.IntegrationTests.Features.Marketplaces;

[Collection(SharedApp.Name)]
public class BulkUploadExportTests(ShopOnboardFactory app)
{
    public static TheoryData<string> Platforms => ["postmart", "voso"];

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Export_TeamMemberInScope_ZipWithSheetRowPerListingAndItsPhotos(string platform)
    {
        var layout = platform == "postmart" ? BulkUploadLayouts.Postmart : BulkUploadLayouts.Voso;
        var (shopId, withPhotos) = await ShopWithPhotosAsync();
        var mainPhoto = TestPhotos.Jpeg(1024, 1024, MainSeed);
        var activeSkus = await app.WithDbAsync(db => db.Listings.Where(l => l.ShopId == shopId && l.Status == ListingStatus.Active).Select(l => l.Sku).ToListAsync());
        var team = await app.SignedInAsync("team1");

        var response = await team.GetAsync($"/shops/{shopId}/marketplaces/exports/{platform}.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var sheetEntry = zip.GetEntry(BulkUploadExport.SheetFileName(layout));
        Assert.NotNull(sheetEntry);
        using var sheet = new MemoryStream();
        await using (var entry = sheetEntry.Open())
        {
            await entry.CopyToAsync(sheet);
        }

        var rows = sheet.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(v => v?.ToString() ?? "").ToList()).ToList();
        Assert.Equal(layout.Columns.Select(c => c.Header), rows[0]);
        var body = rows.Skip(1).ToList();
        var skuColumn = layout.Columns.ToList().FindIndex(c => c.Header.Contains("SKU", StringComparison.Ordinal));
        Assert.Equal(activeSkus.Order(StringComparer.Ordinal), body.Select(r => r[skuColumn]).Order(StringComparer.Ordinal));

        var named = body.SelectMany(r => PhotoNames(layout, r)).ToList();
        var mainFirst = PhotoNames(layout, body.Single(r => r[skuColumn] == withPhotos)).ToList();
        Assert.Equal(2, mainFirst.Count);
        Assert.Equal(2, named.Count);
        Assert.All(named, name => Assert.True(zip.GetEntry(BulkUploadExport.PhotoFolder + name)?.Length > 0, $"{name} is named in the sheet but not in the zip"));
        Assert.Equal(named.Order(StringComparer.Ordinal), zip.Entries.Where(e => e.FullName.StartsWith(BulkUploadExport.PhotoFolder, StringComparison.Ordinal)).Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(mainPhoto, await ReadAsync(zip, BulkUploadExport.PhotoFolder + mainFirst[0]));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "export.marketplace-listings" && a.EntityId == shopId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Export_TeamMemberOfAnotherVillage_NotFound()
    {
        var (shopId, _) = await ShopWithPhotosAsync();
        var otherTeam = await app.SignedInAsync("team2");

        var response = await otherTeam.GetAsync($"/shops/{shopId}/marketplaces/exports/postmart.zip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MarketplacesPage_TeamMember_LinksToBothExports()
    {
        var (shopId, _) = await ShopWithPhotosAsync();

        var html = await (await app.SignedInAsync("team1")).GetStringAsync($"/shops/{shopId}/marketplaces");

        Assert.Contains($"/shops/{shopId}/marketplaces/exports/postmart.zip", html, StringComparison.Ordinal);
        Assert.Contains($"/shops/{shopId}/marketplaces/exports/voso.zip", html, StringComparison.Ordinal);
    }

    private const int MainSeed = 11;

    private static async Task<byte[]> ReadAsync(ZipArchive zip, string name)
    {
        using var copy = new MemoryStream();
        await using (var entry = zip.GetEntry(name)!.Open())
        {
            await entry.CopyToAsync(copy);
        }

        return copy.ToArray();
    }

    private static IEnumerable<string> PhotoNames(BulkUploadLayout layout, List<string> row) =>
        layout.Columns.Select((c, i) => (c, i))
            .Where(x => x.c.Header.Contains("Ảnh", StringComparison.Ordinal) || x.c.Header.Contains("Hình", StringComparison.Ordinal))
            .SelectMany(x => row[x.i].Split(';', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The last active shop of team1's village (not farmer1's, which other tests read). Its first listing
    /// gets two ready photos in the store; its second a ready photo whose file is missing and one still
    /// processing, neither of which may be named in the sheet.
    /// </summary>
    private async Task<(int ShopId, string SkuWithPhotos)> ShopWithPhotosAsync()
    {
        var village = await app.ScopeUnitAsync("team1");
        var farmerShop = await app.ShopOfOwnerAsync("farmer1");
        var (shopId, listings) = await app.WithDbAsync(async db =>
        {
            var shop = await db.Shops.Where(s => s.VillageId == village && s.Id != farmerShop && s.Status == ShopStatus.Active)
                .Where(s => db.Listings.Count(l => l.ShopId == s.Id && l.Status == ListingStatus.Active) >= 2)
                .OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync();
            var ids = await db.Listings.Where(l => l.ShopId == shop && l.Status == ListingStatus.Active).OrderBy(l => l.Id).Select(l => new { l.Id, l.Sku }).Take(2).ToListAsync();
            return (shop, ids);
        });

        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IPhotoStore>();
        var db = scope.ServiceProvider.GetRequiredService<ShopOnboard.Web.Data.ShopDbContext>();
        await db.ListingPhotos.Where(p => p.Listing.ShopId == shopId).ExecuteDeleteAsync();
        var hashes = new List<string>();
        foreach (var seed in new[] { MainSeed, MainSeed + 1 })
        {
            var jpeg = TestPhotos.Jpeg(1024, 1024, seed);
            var hash = Convert.ToHexStringLower(SHA256.HashData(jpeg));
            await store.PutAsync(Web.Features.Photos.PhotoNames.For(hash, PhotoRenditionKind.Marketplace), jpeg, CancellationToken.None);
            hashes.Add(hash);
        }

        var missing = Convert.ToHexStringLower(SHA256.HashData("not stored"u8.ToArray()));
        db.ListingPhotos.AddRange(
            new ListingPhoto { ListingId = listings[0].Id, ContentHash = hashes[1], Position = 1, Status = PhotoStatus.Ready },
            new ListingPhoto { ListingId = listings[0].Id, ContentHash = hashes[0], Position = 0, IsMain = true, Status = PhotoStatus.Ready },
            new ListingPhoto { ListingId = listings[1].Id, ContentHash = missing, IsMain = true, Status = PhotoStatus.Ready },
            new ListingPhoto { ListingId = listings[1].Id, ContentHash = hashes[0], Position = 1, Status = PhotoStatus.Processing });
        await db.SaveChangesAsync();
        return (shopId, listings[0].Sku);
    }
}
