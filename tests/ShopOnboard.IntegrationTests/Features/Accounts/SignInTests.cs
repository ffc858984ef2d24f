using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.IntegrationTests.Features.Accounts;

[Collection(SharedApp.Name)]
public class SignInTests(ShopOnboardFactory app)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("reviewer")]
    [InlineData("team1")]
    [InlineData("farmer1")]
    public async Task SignIn_DemoAccount_RedirectsHomeSignedIn(string userName)
    {
        var client = app.CreateBrowser();

        var response = await client.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(userName, await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task SignIn_PhoneNumberOfFarmer_SignsIn()
    {
        var phone = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "farmer1").Select(u => u.PhoneNumber).SingleAsync());
        Assert.NotNull(phone);
        var spaced = $"{phone[..4]} {phone[4..7]} {phone[7..]}";

        var response = await app.CreateBrowser().SignInAsync(spaced);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_VietnameseErrorAndNoCookie()
    {
        var response = await app.CreateBrowser().SignInAsync("team1", "wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("shoponboard.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_EmptyForm_RequiredMessagesInVietnamese()
    {
        var response = await app.CreateBrowser().SignInAsync("", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập tên đăng nhập hoặc số điện thoại.", html);
        Assert.Contains("Hãy nhập mật khẩu.", html);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockedOutEvenWithRightPassword()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = "lockout-probe", FullName = "Thử khoá" }, "Probe@2026");
            Assert.True(created.Succeeded);
        }

        var client = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("lockout-probe", "wrong-password-1");
        }

        var response = await client.SignInAsync("lockout-probe", "Probe@2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm khoá", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_StaysOnSite()
    {
        var client = app.CreateBrowser();
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string>
        {
            ["Login"] = "team1",
            ["Password"] = Web.Features.DemoData.DemoDataSeeder.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_SignedIn_ProtectedPageAsksToSignInAgain()
    {
        var client = await app.SignedInAsync("team1");

        var signedOut = await client.PostFormAsync("/", "/account/sign-out", new Dictionary<string, string>());
        var shops = await client.GetAsync("/shops");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, shops.StatusCode);
        Assert.Contains("/account/sign-in", shops.Headers.Location?.OriginalString);
    }
}
