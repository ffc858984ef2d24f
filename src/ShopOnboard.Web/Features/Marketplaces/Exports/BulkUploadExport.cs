using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Marketplaces.Exports;

/// <summary>The written zip (a temporary file, deleted when the stream is closed) and what went into it.</summary>
public sealed record BulkUploadPackage(Stream Content, int Listings, int Photos);

/// <summary>
/// A shop's listings on sale as one .zip for a marketplace without an API: the platform's bulk-upload
/// sheet (.xlsx) and a photos/ folder with each listing's marketplace rendition (1024×1024 JPEG), named
/// <c>{SKU}-{n}.jpg</c> so the seller can match them to the rows by eye.
/// </summary>
public sealed partial class BulkUploadExport(ShopDbContext db, IPhotoStore photos)
{
    public const string PhotoFolder = "photos/";

    public async Task<BulkUploadPackage> WriteAsync(int shopId, BulkUploadLayout layout, CancellationToken cancellationToken)
    {
        // Only what is on sale: drafts may lack a finished photo, archived ones are not sold any more.
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.ShopId == shopId && l.Status == ListingStatus.Active)
            .OrderBy(l => l.Id)
            .Select(l => new
            {
                l.Sku,
                l.Title,
                l.Category,
                l.Unit,
                l.PriceVnd,
                l.CompareAtPriceVnd,
                l.Stock,
                l.WeightGrams,
                l.Origin,
                l.OcopStars,
                l.IsVietGap,
                l.IsOrganic,
                l.Description,
                Hashes = l.Photos.Where(p => p.Status == PhotoStatus.Ready)
                    .OrderByDescending(p => p.IsMain).ThenBy(p => p.Position).ThenBy(p => p.Id)
                    .Select(p => p.ContentHash).ToList(),
            })
            .ToListAsync(cancellationToken);

        var content = new FileStream(
            Path.Combine(Path.GetTempPath(), $"shoponboard-export-{Guid.NewGuid():N}.zip"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var rows = new List<ExportedListing>();
        var photoCount = 0;
        using (var zip = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var listing in listings)
            {
                var files = new List<string>();
                foreach (var hash in listing.Hashes.Take(layout.MaxPhotos))
                {
                    await using var photo = await photos.OpenReadAsync(PhotoNames.For(hash, PhotoRenditionKind.Marketplace), cancellationToken);
                    if (photo is null)
                    {
                        // A rendition not (or no longer) in the store is left out rather than named and missing.
                        continue;
                    }

                    var name = UniqueName(SafeFileStem(listing.Sku), files.Count + 1, usedNames);
                    // JPEGs and .xlsx are compressed already: deflating again costs CPU for nothing.
                    await using (var entry = zip.CreateEntry(PhotoFolder + name, CompressionLevel.NoCompression).Open())
                    {
                        await photo.CopyToAsync(entry, cancellationToken);
                    }

                    files.Add(name);
                    photoCount++;
                }

                rows.Add(new ExportedListing(listing.Sku, listing.Title, listing.Category, listing.Unit, listing.PriceVnd, listing.CompareAtPriceVnd,
                    listing.Stock, listing.WeightGrams, listing.Origin, listing.OcopStars, listing.IsVietGap, listing.IsOrganic, listing.Description, files));
            }

            // A shop has tens to hundreds of listings: the sheet is built in memory, the photos never are.
            using var sheet = new MemoryStream();
            await sheet.SaveAsAsync(rows.Select(r => layout.Columns.ToDictionary(c => c.Header, c => c.Value(r))), sheetName: layout.SheetName, cancellationToken: cancellationToken);
            sheet.Position = 0;
            await using var sheetEntry = zip.CreateEntry(SheetFileName(layout), CompressionLevel.NoCompression).Open();
            await sheet.CopyToAsync(sheetEntry, cancellationToken);
        }

        content.Position = 0;
        return new BulkUploadPackage(content, rows.Count, photoCount);
    }

    public static string SheetFileName(BulkUploadLayout layout) => $"{layout.FileStem}-san-pham.xlsx";

    private static string UniqueName(string stem, int ordinal, HashSet<string> used)
    {
        var name = FormattableString.Invariant($"{stem}-{ordinal}.jpg");
        for (var n = 2; !used.Add(name); n++)
        {
            name = FormattableString.Invariant($"{stem}-{ordinal}-{n}.jpg");
        }

        return name;
    }

    /// <summary>SKUs are ASCII, but a slash or space would break the path inside the zip on the seller's PC.</summary>
    private static string SafeFileStem(string sku)
    {
        var stem = UnsafeFileCharacters().Replace(sku, "-").Trim('-');
        return stem.Length == 0 ? "san-pham" : stem;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UnsafeFileCharacters();
}
