using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.DemoData;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>
/// The real app on a real SQLite file in its own temporary folder, migrated and seeded with the demo data
/// exactly as <c>dotnet run</c> does. The Hangfire server is off: tests call jobs directly.
/// With <see cref="SqlServerLane.Variable"/> set, the same app runs on a database of its own on that SQL
/// Server instead (the SQL Server test lane), dropped again when the factory is disposed.
/// </summary>
public class ShopOnboardFactory : WebApplicationFactory<Program>
{
    private readonly string? sqlServerConnectionString = SqlServerLane.NewDatabaseConnectionString();

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "shoponboard-tests", Guid.NewGuid().ToString("N"));

    public bool OnSqlServer => sqlServerConnectionString is not null;

    protected virtual string EnvironmentName => "Testing";

    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ShopOnboard:DataPath", DataPath);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Every test request comes from one in-process "address": the abuse limits would trip on the suite
        // itself. AbuseLimitTests sets them low again to check them.
        builder.UseSetting("Security:SignInPerMinute", "1000000");
        builder.UseSetting("Security:CheckoutPerMinute", "1000000");
        if (sqlServerConnectionString is not null)
        {
            // The app never migrates SQL Server by itself; the lane does what the `migrate` command would.
            builder.UseSetting("Database:Provider", DataModule.SqlServer);
            builder.UseSetting("ConnectionStrings:ShopOnboard", sqlServerConnectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);

        // Demo data is an embedded-mode feature of the app; the SQL Server lane seeds it here so the same
        // tests find the same villages, shops and accounts. Production tests keep an empty database.
        if (sqlServerConnectionString is not null && EnvironmentName != "Production")
        {
            using var scope = host.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return host;
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
        if (sqlServerConnectionString is not null)
        {
            SqlServerLane.DropDatabase(sqlServerConnectionString);
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing connection (the temp folder is cleaned by the OS), or no
            // folder at all on the SQL Server lane when nothing wrote photos or keys.
        }
    }
}

/// <summary>One seeded app shared by the tests that only read the demo data or add their own rows.</summary>
[CollectionDefinition(Name)]
public class SharedApp : ICollectionFixture<ShopOnboardFactory>
{
    public const string Name = "shared app";
}
