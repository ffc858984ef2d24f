using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ShopOnboard.Web.Data;

namespace ShopOnboard.IntegrationTests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_FreshSqliteFile_AllMigrationsAppliedAndTablesExist()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shoponboard-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite($"Data Source={file}").Options))
            {
                await db.Database.MigrateAsync();

                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                // Every entity's table is really there and queryable.
                Assert.Equal(0, await db.Shops.CountAsync());
                Assert.Equal(0, await db.Orders.CountAsync());
                Assert.Equal(0, await db.ShopDailyStats.CountAsync());
                Assert.Equal(0, await db.AuditEntries.CountAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public void Model_Sqlite_NoPendingModelChanges()
    {
        using var db = new SqliteShopDbContextDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run infra/scripts/add-migration.sh NAME: the SQLite model changed.");
    }

    [Fact]
    public void Model_SqlServer_NoPendingModelChanges()
    {
        using var db = new SqlServerShopDbContextDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run infra/scripts/add-migration.sh NAME: the SQL Server model changed.");
    }

    [Fact]
    public void Migrations_BothProviders_SameNames()
    {
        using var sqlite = new SqliteShopDbContextDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerShopDbContextDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[15..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    /// <summary>
    /// No SQL Server is reachable here, so the production migration is at least generated end to end as the
    /// idempotent script operators apply; a migration that cannot be turned into T-SQL fails here. The
    /// script is kept as a build artefact (sqlserver-migrations.sql beside the test assembly).
    /// </summary>
    [Fact]
    public void Migrations_SqlServer_IdempotentScriptGenerates()
    {
        using var db = new SqlServerShopDbContextDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sqlserver-migrations.sql"), script);
        Assert.Contains("CREATE TABLE [Shops]", script);
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Orders_Channel_ExternalId]", script);
        Assert.Equal(db.Database.GetMigrations().Count(), CountOccurrences(script, "INSERT INTO [__EFMigrationsHistory]"));
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
