namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Where renditions live, by file name (<see cref="PhotoNames"/>). Names are content hashes, so a name
/// always means the same bytes: writing an existing name again is a no-op, never an overwrite.
/// A local folder by default; blob storage in production implements the same four calls.
/// </summary>
public interface IPhotoStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> unless that name exists already.</summary>
    Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when there is no such file. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>True when a file was removed; false when there was none.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
}
