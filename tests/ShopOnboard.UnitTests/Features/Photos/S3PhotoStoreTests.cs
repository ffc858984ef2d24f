using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.UnitTests.Features.Photos;

public class S3PhotoStoreTests
{
    private static readonly string Name = new string('a', 64) + "-800.webp";

    private static readonly S3PhotoStoreOptions Options = new()
    {
        Bucket = "photos",
        Prefix = "renditions/",
        ServiceUrl = new Uri("http://s3.test:9000"),
        ForcePathStyle = true,
        AccessKey = "test-access",
        SecretKey = "test-secret",
    };

    [Fact]
    public async Task PutAsync_NewName_PutsPathStyleObjectWithContentType()
    {
        var s3 = new FakeS3();
        var store = Store(s3);

        await store.PutAsync(Name, new byte[] { 1, 2, 3 }, CancellationToken.None);

        var put = Assert.Single(s3.Requests, r => r.Method == HttpMethod.Put);
        Assert.Equal($"/photos/renditions/aa/{Name}", put.Path);
        Assert.Equal("image/webp", put.ContentType);
        Assert.Equal("AWS4-HMAC-SHA256", put.Authorization);
        Assert.Equal(new byte[] { 1, 2, 3 }, s3.Objects[put.Path].Body);
    }

    [Fact]
    public async Task PutAsync_ExistingName_NoSecondPut()
    {
        var s3 = new FakeS3();
        var store = Store(s3);

        await store.PutAsync(Name, new byte[] { 1 }, CancellationToken.None);
        await store.PutAsync(Name, new byte[] { 9 }, CancellationToken.None);

        Assert.Single(s3.Requests, r => r.Method == HttpMethod.Put);
        Assert.Equal(new byte[] { 1 }, s3.Objects[$"/photos/renditions/aa/{Name}"].Body);
    }

    [Fact]
    public async Task OpenReadAsync_StoredName_ReturnsTheBytes()
    {
        var s3 = new FakeS3();
        var store = Store(s3);
        await store.PutAsync(Name, new byte[] { 4, 5, 6 }, CancellationToken.None);

        await using var stream = await store.OpenReadAsync(Name, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);

        Assert.Equal(new byte[] { 4, 5, 6 }, copy.ToArray());
        Assert.Contains(s3.Requests, r => r.Method == HttpMethod.Get && r.Path == $"/photos/renditions/aa/{Name}");
    }

    [Fact]
    public async Task OpenReadAsync_UnknownName_Null()
    {
        var store = Store(new FakeS3());

        Assert.Null(await store.OpenReadAsync(Name, CancellationToken.None));
        Assert.False(await store.ExistsAsync(Name, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_StoredThenMissing_TrueThenFalse()
    {
        var s3 = new FakeS3();
        var store = Store(s3);
        await store.PutAsync(Name, new byte[] { 1 }, CancellationToken.None);

        Assert.True(await store.DeleteAsync(Name, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Name, CancellationToken.None));
        Assert.Single(s3.Requests, r => r.Method == HttpMethod.Delete);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("other-bucket/key.jpg")]
    [InlineData("")]
    public async Task AnyCall_NotARenditionName_RefusedBeforeAnyRequest(string name)
    {
        var s3 = new FakeS3();
        var store = Store(s3);

        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(name, new byte[] { 1 }, CancellationToken.None));
        Assert.Empty(s3.Requests);
    }

    [Fact]
    public void FromConfiguration_MinioSettings_PathStyleAndPrefixSlash()
    {
        var options = S3PhotoStoreOptions.FromConfiguration(Configuration(
            ("Photos:S3:Bucket", "photos"), ("Photos:S3:ServiceUrl", "http://minio:9000"), ("Photos:S3:Prefix", "p")));

        Assert.True(options.ForcePathStyle);
        Assert.Equal("p/", options.Prefix);
        Assert.Equal(new Uri("http://minio:9000"), options.ServiceUrl);
        Assert.Null(options.AccessKey);
    }

    [Theory]
    [InlineData("Photos__S3__Bucket", "Photos:S3:ServiceUrl", "http://minio:9000")]
    [InlineData("not an http(s) address", "Photos:S3:ServiceUrl", "ftp://minio")]
    [InlineData("go together", "Photos:S3:AccessKey", "only-half")]
    public void FromConfiguration_Mistake_OneClearMessage(string expected, string key, string value)
    {
        var settings = key == "Photos:S3:ServiceUrl" && expected.StartsWith("Photos__", StringComparison.Ordinal)
            ? Configuration((key, value))
            : Configuration(("Photos:S3:Bucket", "photos"), (key, value));

        var problem = Assert.Throws<StartupException>(() => S3PhotoStoreOptions.FromConfiguration(settings));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStore_UnknownStore_OneClearMessage()
    {
        var problem = Assert.Throws<StartupException>(() => AddStore(("Photos:Store", "Ftp")));

        Assert.Contains("'Ftp' is not known", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S3", typeof(S3PhotoStore))]
    [InlineData("s3", typeof(S3PhotoStore))]
    [InlineData("Local", typeof(LocalFolderPhotoStore))]
    public void AddStore_Named_RegistersThatStore(string store, Type expected)
    {
        using var services = AddStore(("Photos:Store", store), ("Photos:S3:Bucket", "photos"), ("Photos:Root", Path.GetTempPath()))
            .BuildServiceProvider();

        Assert.IsType(expected, services.GetRequiredService<IPhotoStore>());
    }

    private static S3PhotoStore Store(FakeS3 s3) => new(S3PhotoStore.CreateClient(Options, s3), Options);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static ServiceCollection AddStore(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        PhotosModule.AddStore(services, Configuration(settings), new FakeEnvironment());
        return services;
    }

    private sealed class FakeEnvironment : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "ShopOnboard.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
