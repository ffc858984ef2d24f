using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Features.DemoData;

namespace ShopOnboard.Web.Data;

/// <summary>
/// Brings the database up to date before the first request. The embedded (SQLite) mode migrates and seeds
/// itself; Production never migrates silently: it runs <c>dotnet ShopOnboard.Web.dll migrate</c> once per
/// release, and never gets demo data.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var embedded = DataModule.IsEmbedded(configuration);
        var production = app.Environment.IsProduction();
        if (!configuration.GetValue("Database:MigrateOnStart", embedded && !production))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, embedded);
        if (embedded && !production && configuration.GetValue("DemoData:Enabled", true))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>The <c>migrate</c> command: apply migrations and stop.</summary>
    public static async Task RunMigrateCommandAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, DataModule.IsEmbedded(app.Configuration));
    }

    private static async Task MigrateAsync(IServiceProvider services, bool embedded)
    {
        var db = services.GetRequiredService<ShopDbContext>();
        await db.Database.MigrateAsync();
        if (embedded)
        {
            // WAL lets readers go on while a job writes; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
