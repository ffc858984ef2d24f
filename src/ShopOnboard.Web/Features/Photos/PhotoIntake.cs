namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Process, then store: the one call a listing's upload action needs. A refused photo writes nothing,
/// and a photo uploaded twice (a retry on a weak connection, the same photo on two listings) is stored once.
/// </summary>
public sealed class PhotoIntake(IPhotoProcessor processor, IPhotoStore store)
{
    public async Task<PhotoProcessingResult> AcceptAsync(Stream upload, CancellationToken cancellationToken)
    {
        var result = await processor.ProcessAsync(upload, cancellationToken);
        if (!result.IsSuccess)
        {
            return result;
        }

        foreach (var rendition in result.Photo.Renditions)
        {
            if (!await store.ExistsAsync(rendition.FileName, cancellationToken))
            {
                await store.PutAsync(rendition.FileName, rendition.Content, cancellationToken);
            }
        }

        return result;
    }
}
