using System.Security.Cryptography;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>
/// Uploaded photos waiting for the processing job, one file per content hash under
/// <c>{DataPath}/uploads</c>. They still carry the phone's EXIF (GPS included), so they are deleted as
/// soon as they are processed and never served.
/// </summary>
public sealed class PendingPhotoUploads(string root)
{
    public static PendingPhotoUploads For(IConfiguration configuration, IHostEnvironment environment) =>
        new(Path.Combine(DataModule.DataPath(configuration, environment), "uploads"));

    /// <summary>Saves the upload and returns its SHA-256 (lower-case hex), the photo's identity.</summary>
    public async Task<string> SaveAsync(Stream upload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var temporary = Path.Combine(root, $"incoming-{Guid.NewGuid():N}");
        string hash;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        var final = PathOf(hash);
        if (File.Exists(final))
        {
            File.Delete(temporary);
        }
        else
        {
            File.Move(temporary, final);
        }

        return hash;
    }

    public Stream? Open(string hash) => File.Exists(PathOf(hash)) ? File.OpenRead(PathOf(hash)) : null;

    public void Delete(string hash) => File.Delete(PathOf(hash));

    private string PathOf(string hash) =>
        hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) ? Path.Combine(root, hash) : throw new ArgumentException("Not a SHA-256 hash.", nameof(hash));
}
