using System.Text;
using ShopOnboard.Web.Features.Photos;
using SixLabors.ImageSharp.PixelFormats;
using static ShopOnboard.UnitTests.Features.Photos.TestPhotos;

namespace ShopOnboard.UnitTests.Features.Photos;

public class PhotoFailureTests
{
    [Fact]
    public async Task ProcessAsync_ZeroBytes_Empty()
    {
        var result = await ProcessAsync([]);

        AssertFailed(result, PhotoFailure.Empty);
    }

    [Fact]
    public async Task ProcessAsync_TruncatedJpeg_Truncated()
    {
        using var image = Checkerboard(400, 300);
        var whole = Jpeg(image);

        // Cut on a weak connection: the decoder alone would fill the missing half with grey.
        var result = await ProcessAsync(whole[..(whole.Length / 2)]);

        AssertFailed(result, PhotoFailure.Truncated);
    }

    [Fact]
    public async Task ProcessAsync_TextFileNamedJpg_UnsupportedFormat()
    {
        var result = await ProcessAsync(Encoding.UTF8.GetBytes("Giá bán: 50.000 đ/kg\nLiên hệ: 0912 345 678\n"));

        AssertFailed(result, PhotoFailure.UnsupportedFormat);
    }

    [Fact]
    public async Task ProcessAsync_OnePixelImage_TooSmall()
    {
        using var image = Filled(1, 1, new Rgb24(200, 100, 50));

        var result = await ProcessAsync(Png(image));

        AssertFailed(result, PhotoFailure.TooSmall);
        Assert.Contains("1×1", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_PngHeaderOf30000Square_TooManyPixelsWithoutAllocatingThem()
    {
        var header = PngHeaderOnly(30000, 30000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = await ProcessAsync(header);

        AssertFailed(result, PhotoFailure.TooManyPixels);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024, "900 MP must not be allocated");
    }

    [Fact]
    public async Task ProcessAsync_HeicFromIphone_TellsHowToSendJpeg()
    {
        byte[] heic = [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, 0, 0, 0, 8, .. "mdat"u8];

        var result = await ProcessAsync(heic);

        AssertFailed(result, PhotoFailure.Heic);
        Assert.Contains("Tương thích nhất", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_StreamLongerThanLimit_FileTooLargeWithoutReadingItAll()
    {
        using var image = Checkerboard(400, 300);
        var stream = new UnseekableStream(Jpeg(image));

        var result = await Processor(new PhotoProcessorOptions { MaxInputBytes = 5_000 }).ProcessAsync(stream, CancellationToken.None);

        AssertFailed(result, PhotoFailure.FileTooLarge);
        Assert.True(stream.BytesRead < stream.Capacity, "reading stops at the limit, not at the end");
    }

    [Fact]
    public async Task ProcessAsync_JpegWithScrambledBody_AnswersInsteadOfThrowing()
    {
        using var image = Checkerboard(400, 300);
        var bytes = Jpeg(image);
        new Random(20251124).NextBytes(bytes.AsSpan(600, bytes.Length - 700));

        var result = await ProcessAsync(bytes);

        // Random bytes may or may not still parse; what matters is a typed answer, never an exception.
        Assert.True(result.IsSuccess || result.Failure is PhotoFailure.Corrupt or PhotoFailure.Truncated or PhotoFailure.TooSmall);
    }

    private static void AssertFailed(PhotoProcessingResult result, PhotoFailure expected)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Null(result.Photo);
    }

    /// <summary>A request body: no length, no seeking.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
