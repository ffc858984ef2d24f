namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Renditions as files under one root folder, in sub-folders named by the hash's first two characters so
/// no folder grows past a few thousand files at province scale.
/// </summary>
public sealed class LocalFolderPhotoStore : IPhotoStore
{
    private readonly string root;

    public LocalFolderPhotoStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        this.root = Path.GetFullPath(root);
    }

    public async Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Write aside, then move into place: a reader never sees half a file, and of two uploads of the
        // same photo racing here the second simply finds the first one's file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same content first.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 16 * 1024, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception problem) when (problem is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(name)));

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private string PathOf(string name)
    {
        if (!PhotoNames.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a photo rendition name.", nameof(name));
        }

        return Path.Combine(root, name[..2], name);
    }
}
