using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Data;

public class ProductionStartupTests
{
    private sealed class ProductionApp : ShopOnboardFactory
    {
        protected override string EnvironmentName => "Production";

        // Even when an operator lets Production migrate at start and asks for demo data, it must never get it.
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Database:MigrateOnStart", "true"), new("DemoData:Enabled", "true")];
    }

    private sealed class ProductionAppWithDefaults : ShopOnboardFactory
    {
        protected override string EnvironmentName => "Production";
    }

    private sealed class ProductionAppOnSandbox : ShopOnboardFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Marketplaces:Shopee:BaseUrl", "http://127.0.0.1:5090")];
    }

    [Fact]
    public async Task Start_ProductionWithMarketplaceSandbox_Refuses()
    {
        await using var app = new ProductionAppOnSandbox();

        // Program turns the StartupException into exit code 1, so the host is never built.
        Assert.Throws<InvalidOperationException>(() => app.CreateBrowser());
    }

    [Fact]
    public async Task Start_ProductionEnvironment_NoDemoData()
    {
        await using var app = new ProductionApp();

        var response = await app.CreateBrowser().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Units.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Start_ProductionEnvironmentByDefault_DoesNotMigrate()
    {
        await using var app = new ProductionAppWithDefaults();

        var response = await app.CreateBrowser().GetAsync("/health/live");
        var applied = await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var known = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations()));

        // Migrations are the `migrate` command's job, run once per release, never a side effect of a start.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(known);
        Assert.Empty(applied);
    }
}
