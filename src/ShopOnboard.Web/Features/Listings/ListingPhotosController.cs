using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>
/// Photos of a listing: upload (processed by a background job, the page shows its progress), choose the
/// main photo, reorder, delete. At most nine, the most any marketplace takes.
/// </summary>
[Route("shops/{shopId:int}/listings/{listingId:int}/photos")]
public sealed class ListingPhotosController(
    ShopDbContext db,
    PendingPhotoUploads uploads,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    public const int MaxPhotos = 9;
    public const long MaxBytes = 25 * 1024 * 1024;

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxPhotos * MaxBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxPhotos * MaxBytes)]
    public async Task<IActionResult> Upload(int shopId, int listingId, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await ListingOfShopAsync(shopId, listingId, cancellationToken))
        {
            return NotFound();
        }

        var existing = await db.ListingPhotos.Where(p => p.ListingId == listingId).ToListAsync(cancellationToken);
        var problems = new List<string>();
        if (files.Count == 0)
        {
            problems.Add(text["Hãy chọn ít nhất một ảnh."]);
        }
        else if (existing.Count + files.Count > MaxPhotos)
        {
            problems.Add(text["Mỗi sản phẩm tối đa {0} ảnh; đã có {1}.", MaxPhotos, existing.Count]);
        }

        foreach (var file in files.Where(f => f.Length > MaxBytes))
        {
            problems.Add(text["Ảnh {0} quá nặng (trên 25 MB). Hãy chọn ảnh khác hoặc giảm kích thước ảnh rồi gửi lại.", file.FileName]);
        }

        if (problems.Count > 0)
        {
            TempData["PhotoProblems"] = string.Join("\n", problems);
            return Back(shopId, listingId);
        }

        var position = existing.Count == 0 ? 0 : existing.Max(p => p.Position) + 1;
        var added = new List<ListingPhoto>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var hash = await uploads.SaveAsync(stream, cancellationToken);
            var photo = new ListingPhoto
            {
                ListingId = listingId,
                Position = position++,
                IsMain = existing.Count == 0 && added.Count == 0,
                ContentHash = hash,
                OriginalFileName = Path.GetFileName(file.FileName),
                Status = PhotoStatus.Processing,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.ListingPhotos.Add(photo);
            added.Add(photo);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var photo in added)
        {
            var id = photo.Id;
            jobs.Enqueue<ProcessListingPhotoJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return Back(shopId, listingId);
    }

    [HttpPost("{photoId:int}/main")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> MakeMain(int shopId, int listingId, int photoId, CancellationToken cancellationToken) =>
        ChangeAsync(shopId, listingId, photos =>
        {
            foreach (var photo in photos)
            {
                photo.IsMain = photo.Id == photoId;
            }
        }, cancellationToken);

    [HttpPost("{photoId:int}/move")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Move(int shopId, int listingId, int photoId, int by, CancellationToken cancellationToken) =>
        ChangeAsync(shopId, listingId, photos =>
        {
            var ordered = photos.OrderBy(p => p.Position).ToList();
            var from = ordered.FindIndex(p => p.Id == photoId);
            var to = Math.Clamp(from + Math.Sign(by), 0, ordered.Count - 1);
            if (from >= 0 && from != to)
            {
                (ordered[from], ordered[to]) = (ordered[to], ordered[from]);
                for (var i = 0; i < ordered.Count; i++)
                {
                    ordered[i].Position = i;
                }
            }
        }, cancellationToken);

    [HttpPost("{photoId:int}/delete")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(int shopId, int listingId, int photoId, CancellationToken cancellationToken) =>
        ChangeAsync(shopId, listingId, photos =>
        {
            var photo = photos.FirstOrDefault(p => p.Id == photoId);
            if (photo is null)
            {
                return;
            }

            db.ListingPhotos.Remove(photo);
            photos.Remove(photo);
            if (photo.IsMain && photos.OrderBy(p => p.Position).FirstOrDefault() is { } next)
            {
                next.IsMain = true;
            }
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(int shopId, int listingId, Action<List<ListingPhoto>> change, CancellationToken cancellationToken)
    {
        if (!await ListingOfShopAsync(shopId, listingId, cancellationToken))
        {
            return NotFound();
        }

        var photos = await db.ListingPhotos.Where(p => p.ListingId == listingId).ToListAsync(cancellationToken);
        change(photos);
        await db.SaveChangesAsync(cancellationToken);
        return Back(shopId, listingId);
    }

    private Task<bool> ListingOfShopAsync(int shopId, int listingId, CancellationToken cancellationToken) =>
        db.Listings.AnyAsync(l => l.Id == listingId && l.ShopId == shopId, cancellationToken);

    private RedirectResult Back(int shopId, int listingId) => Redirect($"/shops/{shopId}/listings/{listingId}#photos");
}
