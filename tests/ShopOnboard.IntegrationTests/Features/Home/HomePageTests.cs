using System.Net;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Features.Home;

[Collection(SharedApp.Name)]
public class HomePageTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Index_Anonymous_RendersVietnameseWithSignIn()
    {
        var response = await app.CreateBrowser().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Đưa nông sản của bà con lên mạng", html);
        Assert.Contains("href=\"/account/sign-in\"", html);
    }

    [Fact]
    public async Task SetCulture_English_NextPagesInEnglish()
    {
        var client = app.CreateBrowser();
        var switched = await client.GetAsync("/culture?culture=en-US&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Sign in", html);
        Assert.DoesNotContain("Đăng nhập", html);
    }

    [Fact]
    public async Task UnknownPage_Anonymous_VietnameseNotFoundPage()
    {
        var response = await app.CreateBrowser().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_AnyResponse_CarriesSecurityHeaders()
    {
        var response = await app.CreateBrowser().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Health_DatabaseUp_HealthyJson()
    {
        var response = await app.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", json);
        Assert.Contains("\"database\":\"Healthy\"", json);
    }
}
