using System.Net;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Security;

public class AbuseLimitTests
{
    private sealed class StrictApp : ShopOnboardFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Security:SignInPerMinute", "3"), new("Security:CheckoutPerMinute", "2")];
    }

    [Fact]
    public async Task SignIn_MoreTriesThanTheLimitFromOneAddress_TooManyRequestsInVietnamese()
    {
        await using var app = new StrictApp();
        var client = app.CreateBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SignInAsync("team1", "wrong-password-1")).StatusCode);
        }

        var refused = await client.SignInAsync("team1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Bạn thao tác quá nhanh", await refused.Content.ReadAsStringAsync());
    }
}
