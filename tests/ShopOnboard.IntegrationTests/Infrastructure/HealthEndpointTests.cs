using System.Net;
using System.Text.Json;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Infrastructure;

[Collection(SharedApp.Name)]
public class HealthEndpointTests(ShopOnboardFactory app)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Get_ChecksThatIncludeTheDatabase_Healthy(string path)
    {
        var checks = await GetChecksAsync(path);

        Assert.Equal("Healthy", checks.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Get_Live_RunsNoDependencyCheck()
    {
        var checks = await GetChecksAsync("/health/live");

        // A database outage must not restart every pod: liveness looks at the process only.
        Assert.Equal("Healthy", checks.GetProperty("status").GetString());
        Assert.Empty(checks.GetProperty("checks").EnumerateObject());
    }

    private async Task<JsonElement> GetChecksAsync(string path)
    {
        var response = await app.CreateBrowser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
