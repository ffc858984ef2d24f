using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Data;

public static class DataModule
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary>
    /// Registers <see cref="ShopDbContext"/> for the provider named by <c>Database:Provider</c>.
    /// A wrong name or a missing SQL Server connection string stops start-up with one clear message.
    /// </summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var provider = ProviderName(builder.Configuration);
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(builder);
            builder.Services.AddDbContext<ShopDbContext, SqliteShopDbContext>(options => options.UseSqlite(connectionString));

            // Keys beside the database, so sign-in cookies and encrypted tokens survive a restart.
            builder.Services.AddDataProtection()
                .SetApplicationName("ShopOnboard")
                .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataPath(builder.Configuration, builder.Environment), "keys")));
        }
        else if (string.Equals(provider, SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = builder.Configuration.GetConnectionString("ShopOnboard");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    "Database:Provider is SqlServer but ConnectionStrings:ShopOnboard is empty. " +
                    "Set the environment variable ConnectionStrings__ShopOnboard.");
            }

            // No retrying execution strategy: the app's writes use explicit transactions (order + roll-up,
            // stock holds), which a retrying strategy refuses. Transient faults are retried one level up,
            // by Hangfire for jobs and by the providers' redelivery for webhooks, all of them idempotent.
            builder.Services.AddDbContext<ShopDbContext, SqlServerShopDbContext>(options => options.UseSqlServer(connectionString));

            // Every node reads the same keys, so a cookie or an encrypted token made on one works on all.
            builder.Services.AddDataProtection()
                .SetApplicationName("ShopOnboard")
                .PersistKeysToDbContext<ShopDbContext>();
        }
        else
        {
            throw new StartupException(
                $"Database:Provider '{provider}' is not known. Use '{Sqlite}' (default) or '{SqlServer}'.");
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<ShopDbContext>("database");
        return builder;
    }

    public static string ProviderName(IConfiguration configuration) => configuration["Database:Provider"] ?? Sqlite;

    public static bool IsEmbedded(IConfiguration configuration) =>
        string.Equals(ProviderName(configuration), Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder for the SQLite file and photos; relative paths are under the content root.</summary>
    public static string DataPath(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["ShopOnboard:DataPath"] ?? "data", environment.ContentRootPath);

    private static string SqliteConnectionString(WebApplicationBuilder builder)
    {
        var dataPath = DataPath(builder.Configuration, builder.Environment);
        Directory.CreateDirectory(dataPath);
        // Pooling keeps the file open between requests; WAL is switched on once by DatabaseStartup.
        return $"Data Source={Path.Combine(dataPath, "shoponboard.db")};Pooling=True;Default Timeout=30";
    }
}
