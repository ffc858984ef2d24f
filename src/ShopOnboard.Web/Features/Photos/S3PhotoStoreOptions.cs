using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// Settings of the S3-compatible store (<c>Photos:Store=S3</c>): AWS S3 itself, or MinIO and the like
/// through <see cref="ServiceUrl"/>. Read and checked once at start-up, so a mistake stops the app with one
/// message instead of failing the first photo upload in a village.
/// </summary>
public sealed record S3PhotoStoreOptions
{
    public const string Section = "Photos:S3";

    public required string Bucket { get; init; }

    /// <summary>Key prefix inside the bucket, e.g. <c>photos/</c>; empty puts renditions at the root.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>An S3-compatible server such as MinIO; null means AWS S3 in <see cref="Region"/>.</summary>
    public Uri? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>
    /// Path-style addresses (<c>http://minio:9000/bucket/key</c>): MinIO and most self-hosted servers have no
    /// wildcard DNS for bucket sub-domains. On by default when <see cref="ServiceUrl"/> is set.
    /// </summary>
    public bool ForcePathStyle { get; init; }

    /// <summary>Static keys; when both are empty the SDK's own chain is used (environment, pod identity).</summary>
    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    public static S3PhotoStoreOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var bucket = section["Bucket"];
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new StartupException(
                "Photos:Store is S3 but Photos:S3:Bucket is empty. Set the environment variable Photos__S3__Bucket.");
        }

        Uri? serviceUrl = null;
        var serviceUrlText = section["ServiceUrl"];
        if (!string.IsNullOrWhiteSpace(serviceUrlText)
            && (!Uri.TryCreate(serviceUrlText, UriKind.Absolute, out serviceUrl) || serviceUrl.Scheme is not ("http" or "https")))
        {
            throw new StartupException(
                $"Photos:S3:ServiceUrl '{serviceUrlText}' is not an http(s) address, e.g. http://minio:9000.");
        }

        var accessKey = NullIfBlank(section["AccessKey"]);
        var secretKey = NullIfBlank(section["SecretKey"]);
        if ((accessKey is null) != (secretKey is null))
        {
            throw new StartupException(
                "Photos:S3:AccessKey and Photos:S3:SecretKey go together: set both, or neither to use the SDK's credential chain.");
        }

        var prefix = section["Prefix"]?.Trim() ?? "";
        if (prefix.Length > 0 && !prefix.EndsWith('/'))
        {
            prefix += "/";
        }

        return new S3PhotoStoreOptions
        {
            Bucket = bucket.Trim(),
            Prefix = prefix.TrimStart('/'),
            ServiceUrl = serviceUrl,
            Region = NullIfBlank(section["Region"]) ?? "us-east-1",
            ForcePathStyle = section.GetValue("ForcePathStyle", serviceUrl is not null),
            AccessKey = accessKey,
            SecretKey = secretKey,
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
