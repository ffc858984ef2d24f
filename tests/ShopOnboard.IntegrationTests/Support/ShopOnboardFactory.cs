using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.Web.Data;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>
/// The real app on a real SQLite file in its own temporary folder, migrated and seeded with the demo data
/// exactly as <c>dotnet run</c> does. The Hangfire server is off: tests call jobs directly.
/// </summary>
public class ShopOnboardFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "shoponboard-tests", Guid.NewGuid().ToString("N"));

    protected virtual string EnvironmentName => "Testing";

    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ShopOnboard:DataPath", DataPath);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the running app.</summary>
    public async Task<T> WithDbAsync<T>(Func<ShopDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing connection: the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>One seeded app shared by the tests that only read the demo data or add their own rows.</summary>
[CollectionDefinition(Name)]
public class SharedApp : ICollectionFixture<ShopOnboardFactory>
{
    public const string Name = "shared app";
}
