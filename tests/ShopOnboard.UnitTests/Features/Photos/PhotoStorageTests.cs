using ShopOnboard.Web.Features.Photos;
using static ShopOnboard.UnitTests.Features.Photos.TestPhotos;

namespace ShopOnboard.UnitTests.Features.Photos;

public sealed class PhotoStorageTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "shoponboard-photos-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public static TheoryData<string, byte[]> RefusedUploads()
    {
        using var image = Checkerboard(400, 300);
        var jpeg = Jpeg(image);
        using var pixel = Checkerboard(1, 1);
        return new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "truncated", jpeg[..(jpeg.Length / 2)] },
            { "text", "not a photo"u8.ToArray() },
            { "1x1", Png(pixel) },
            { "30000x30000 header", PngHeaderOnly(30000, 30000) },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task AcceptAsync_RefusedUpload_WritesNothing(string why, byte[] upload)
    {
        var store = new CountingStore(new LocalFolderPhotoStore(root));

        var result = await new PhotoIntake(Processor(), store).AcceptAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.False(result.IsSuccess, why);
        Assert.Equal(0, store.Puts);
        Assert.False(Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any(), why);
    }

    [Fact]
    public async Task AcceptAsync_SameContentTwice_StoredOnceUnderTheSameNames()
    {
        using var image = Checkerboard(400, 300);
        var upload = Jpeg(image);
        var store = new CountingStore(new LocalFolderPhotoStore(root));
        var intake = new PhotoIntake(Processor(), store);

        var first = await intake.AcceptAsync(new MemoryStream(upload), CancellationToken.None);
        var second = await intake.AcceptAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.Equal(first.Photo!.Renditions.Select(r => r.FileName), second.Photo!.Renditions.Select(r => r.FileName));
        Assert.Equal(3, store.Puts);
        Assert.Equal(3, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task PutAsync_ThenOpenRead_SameBytesBack()
    {
        var store = new LocalFolderPhotoStore(root);
        var name = new string('a', 64) + "-800.webp";

        await store.PutAsync(name, new byte[] { 1, 2, 3 }, CancellationToken.None);
        await using var stream = await store.OpenReadAsync(name, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);

        Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        Assert.True(await store.ExistsAsync(name, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_StoredThenMissing_TrueThenFalse()
    {
        var store = new LocalFolderPhotoStore(root);
        var name = new string('b', 64) + "-320.webp";
        await store.PutAsync(name, new byte[] { 9 }, CancellationToken.None);

        Assert.True(await store.DeleteAsync(name, CancellationToken.None));
        Assert.False(await store.DeleteAsync(name, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(name, CancellationToken.None));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("photo.jpg")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-800.webp")]
    public async Task PutAsync_NameNotMadeByPhotoNames_Refused(string name)
    {
        var store = new LocalFolderPhotoStore(root);

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(name, new byte[] { 1 }, CancellationToken.None));
    }

    private sealed class CountingStore(IPhotoStore inner) : IPhotoStore
    {
        public int Puts { get; private set; }

        public Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            Puts++;
            return inner.PutAsync(name, content, cancellationToken);
        }

        public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken) => inner.OpenReadAsync(name, cancellationToken);

        public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => inner.ExistsAsync(name, cancellationToken);

        public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => inner.DeleteAsync(name, cancellationToken);
    }
}
