using Hangfire;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>
/// Turns one uploaded photo into its renditions. Takes the photo's id, reads its state from the database
/// and does nothing if it is no longer processing, so a retried or duplicated job is harmless.
/// </summary>
public sealed class ProcessListingPhotoJob(ShopDbContext db, PhotoIntake intake, PendingPhotoUploads uploads)
{
    public async Task RunAsync(int photoId, CancellationToken cancellationToken)
    {
        var photo = await db.ListingPhotos.FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken);
        if (photo is not { Status: PhotoStatus.Processing })
        {
            return;
        }

        await using (var upload = uploads.Open(photo.ContentHash))
        {
            if (upload is null)
            {
                await FinishFromTwinOrFailAsync(photo, cancellationToken);
                return;
            }

            var result = await intake.AcceptAsync(upload, cancellationToken);
            if (result.IsSuccess)
            {
                photo.Status = PhotoStatus.Ready;
                photo.Width = result.Photo.Width;
                photo.Height = result.Photo.Height;
                photo.QualityHints = result.Photo.Hints.Count == 0 ? null : string.Join(',', result.Photo.Hints.Select(h => h.Issue));
            }
            else
            {
                photo.Status = PhotoStatus.Failed;
                photo.FailureReason = result.Message;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // The upload still holds the phone's GPS position: remove it once no other photo waits for it.
        if (!await db.ListingPhotos.AnyAsync(p => p.ContentHash == photo.ContentHash && p.Status == PhotoStatus.Processing, cancellationToken))
        {
            uploads.Delete(photo.ContentHash);
        }
    }

    /// <summary>The same file was uploaded before and its renditions exist: take that result.</summary>
    private async Task FinishFromTwinOrFailAsync(ListingPhoto photo, CancellationToken cancellationToken)
    {
        var twin = await db.ListingPhotos
            .Where(p => p.ContentHash == photo.ContentHash && p.Id != photo.Id && p.Status != PhotoStatus.Processing)
            .OrderByDescending(p => p.Status == PhotoStatus.Ready).FirstOrDefaultAsync(cancellationToken);
        photo.Status = twin?.Status ?? PhotoStatus.Failed;
        photo.Width = twin?.Width;
        photo.Height = twin?.Height;
        photo.QualityHints = twin?.QualityHints;
        photo.FailureReason = twin is null ? "Tệp tải lên đã mất trước khi xử lý. Hãy tải ảnh lên lại." : twin.FailureReason;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Re-enqueues photos the job queue lost (the embedded mode keeps it in memory).</summary>
public sealed class ListingPhotoSweeper(ShopDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - StaleAfter;
        var stale = await db.ListingPhotos.Where(p => p.Status == PhotoStatus.Processing && p.CreatedAt < before)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in stale)
        {
            jobs.Enqueue<ProcessListingPhotoJob>(job => job.RunAsync(id, CancellationToken.None));
        }
    }
}
