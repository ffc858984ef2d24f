using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Renditions as objects in an S3-compatible bucket, so every web node serves the photos any node stored.
/// Keys follow the local store's layout (<c>{prefix}{first two hash characters}/{name}</c>) so a folder
/// copied with any S3 tool lands where this store looks for it.
/// </summary>
public sealed class S3PhotoStore(IAmazonS3 client, S3PhotoStoreOptions options) : IPhotoStore
{
    /// <summary>The client for <paramref name="options"/>; <paramref name="httpClientFactory"/> lets tests answer in-process.</summary>
    public static AmazonS3Client CreateClient(S3PhotoStoreOptions options, HttpClientFactory? httpClientFactory = null)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,

            // The SDK's newer default checksums (CRC trailers on every upload) are refused by several
            // S3-compatible servers; the content hash in the name already tells whether bytes are right.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        if (httpClientFactory is not null)
        {
            config.HttpClientFactory = httpClientFactory;
        }

        return options.AccessKey is { } accessKey && options.SecretKey is { } secretKey
            ? new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), config)
            : new AmazonS3Client(config);
    }

    public async Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var key = KeyOf(name);

        // A name means fixed bytes, so an existing object is left alone: with bucket versioning on, a blind
        // second PUT would pile up identical versions of every re-uploaded photo.
        if (await ExistsAsync(name, cancellationToken))
        {
            return;
        }

        using var body = new MemoryStream(content.ToArray(), writable: false);
        var request = new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = key,
            InputStream = body,
            AutoCloseStream = false,

            // One plain signed body instead of aws-chunked framing: the bytes are in memory already, and
            // several S3-compatible servers mishandle chunked uploads over plain http.
            UseChunkEncoding = false,
            ContentType = name.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "image/webp",
            Headers = { CacheControl = "public, max-age=31536000, immutable" },
        };
        await client.PutObjectAsync(request, cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var key = KeyOf(name);
        try
        {
            var response = await client.GetObjectAsync(options.Bucket, key, cancellationToken);

            // The response stream is the open HTTP body: disposing it (the caller's job) frees the connection.
            return response.ResponseStream;
        }
        catch (AmazonS3Exception problem) when (problem.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        var key = KeyOf(name);
        try
        {
            await client.GetObjectMetadataAsync(options.Bucket, key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception problem) when (problem.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        // S3 answers 204 whether or not the object was there; the interface promises to tell the difference.
        if (!await ExistsAsync(name, cancellationToken))
        {
            return false;
        }

        await client.DeleteObjectAsync(options.Bucket, KeyOf(name), cancellationToken);
        return true;
    }

    /// <summary>Only names this feature made become keys, so no caller can address another object.</summary>
    internal string KeyOf(string name)
    {
        if (!PhotoNames.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a photo rendition name.", nameof(name));
        }

        return $"{options.Prefix}{name[..2]}/{name}";
    }
}
