using System.Buffers;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// The uploaded bytes in a pooled buffer: a phone photo is 3–5 MB, and renting keeps each upload from
/// landing a fresh large-object-heap array on the garbage collector.
/// </summary>
internal readonly struct PhotoUpload
{
    private readonly byte[] buffer;

    private PhotoUpload(byte[] buffer, int length)
    {
        this.buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    public MemoryStream AsStream() => new(buffer, 0, Length, writable: false);

    public void Return() => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>Reads to the end, or returns null as soon as more than <paramref name="maxBytes"/> arrive.</summary>
    public static async Task<PhotoUpload?> ReadAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        var known = input.CanSeek ? input.Length - input.Position : -1;
        if (known > maxBytes)
        {
            return null;
        }

        // One byte more than the limit, so "exactly at the limit" and "over it" can be told apart.
        var capacity = (int)Math.Min(maxBytes + 1, known >= 0 ? known + 1 : 1024 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await input.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }

            return new PhotoUpload(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
