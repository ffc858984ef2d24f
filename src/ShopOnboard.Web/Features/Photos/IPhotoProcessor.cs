namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Turns one uploaded photo into the renditions the shop needs. The only door to the image library,
/// so the rest of the app never depends on it.
/// </summary>
public interface IPhotoProcessor
{
    /// <summary>
    /// Reads <paramref name="input"/> to its end and returns the renditions, or a typed failure with a
    /// Vietnamese message. A bad file never throws; cancellation and a failing input stream (the client
    /// went away) do, as they are not the photo's fault.
    /// </summary>
    Task<PhotoProcessingResult> ProcessAsync(Stream input, CancellationToken cancellationToken);
}
