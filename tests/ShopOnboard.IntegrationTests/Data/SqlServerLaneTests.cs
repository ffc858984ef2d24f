using Hangfire;
using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Data;

namespace ShopOnboard.IntegrationTests.Data;

/// <summary>What only a real SQL Server can show; skipped with a message without one.</summary>
public class SqlServerLaneTests
{
    [SqlServerFact]
    public async Task Start_SqlServerLane_AllMigrationsAppliedAndDemoDataSeeded()
    {
        await using var app = new ShopOnboardFactory();

        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.True(app.OnSqlServer);
        Assert.IsType<SqlServerShopDbContext>(await app.WithDbAsync(db => Task.FromResult<object>(db)));
        Assert.Empty(pending);
        Assert.True(await app.WithDbAsync(db => db.Shops.AnyAsync()));
    }

    [SqlServerFact]
    public async Task Enqueue_SqlServerLane_JobStoredInHangfireSchema()
    {
        await using var app = new ShopOnboardFactory();

        var storage = app.Services.GetRequiredService<JobStorage>();
        var id = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("to the worker"));

        using var connection = storage.GetConnection();
        Assert.IsType<SqlServerStorage>(storage);
        Assert.NotNull(connection.GetJobData(id));
    }
}
