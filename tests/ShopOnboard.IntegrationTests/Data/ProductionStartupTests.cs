using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Data;

public class ProductionStartupTests
{
    private sealed class ProductionApp : ShopOnboardFactory
    {
        protected override string EnvironmentName => "Production";

        // Even when an operator lets Production migrate at start, it must never get demo data.
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:MigrateOnStart", "true")];
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
}
