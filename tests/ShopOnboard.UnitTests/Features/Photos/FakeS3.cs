using System.Collections.Concurrent;
using System.Net;
using Amazon.Runtime;

namespace ShopOnboard.UnitTests.Features.Photos;

/// <summary>
/// A tiny in-process S3: objects in a dictionary keyed by request path, answering the four calls the photo
/// store makes as a path-style S3 server does. It records every request so tests can check what was sent.
/// </summary>
internal sealed class FakeS3 : HttpClientFactory
{
    private readonly ConcurrentDictionary<string, (byte[] Body, string? ContentType)> objects = new(StringComparer.Ordinal);

    public ConcurrentQueue<(HttpMethod Method, string Path, string? ContentType, string? Authorization)> Requests { get; } = new();

    public IReadOnlyDictionary<string, (byte[] Body, string? ContentType)> Objects => objects;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(this));

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;

    private sealed class Handler(FakeS3 s3) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
            var contentType = request.Content?.Headers.ContentType?.MediaType;
            var authorization = request.Headers.TryGetValues("Authorization", out var values) ? values.First().Split(' ')[0] : null;
            s3.Requests.Enqueue((request.Method, path, contentType, authorization));
            if (request.Method == HttpMethod.Put)
            {
                var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
                s3.objects[path] = (body, contentType);
                var created = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
                created.Headers.ETag = ETagOf(body);
                return created;
            }

            var found = s3.objects.TryGetValue(path, out var stored);
            if (request.Method == HttpMethod.Delete)
            {
                s3.objects.TryRemove(path, out _);
                return new HttpResponseMessage(HttpStatusCode.NoContent) { Content = new ByteArrayContent([]) };
            }

            if (!found)
            {
                // Real S3 answers a HEAD with no body and a GET with an XML error document.
                var missing = new HttpResponseMessage(HttpStatusCode.NotFound);
                missing.Content = request.Method == HttpMethod.Head
                    ? new ByteArrayContent([])
                    : new StringContent("<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>", System.Text.Encoding.UTF8, "application/xml");
                return missing;
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(request.Method == HttpMethod.Head ? [] : stored.Body),
            };
            response.Content.Headers.ContentLength = stored.Body.Length;
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(stored.ContentType ?? "application/octet-stream");
            response.Headers.ETag = ETagOf(stored.Body);
            return response;
        }

        // S3's ETag of a single-part object is the MD5 of its bytes, and the SDK checks downloads against it.
#pragma warning disable CA5351 // MD5 here is S3's wire format, not a security measure.
        private static System.Net.Http.Headers.EntityTagHeaderValue ETagOf(byte[] body) =>
            new($"\"{Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body))}\"");
#pragma warning restore CA5351
    }
}
