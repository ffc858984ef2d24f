using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Features.Analytics;

[Collection(SharedApp.Name)]
public class ReviewScopeTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Index_ProvinceReviewer_LandsOnProvince()
    {
        var client = await app.SignedInAsync("reviewer");

        var response = await client.GetAsync("/review");

        Assert.Equal($"/review/units/{await app.ProvinceAsync()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unit_ProvinceReviewer_FiguresMatchTheDatabase()
    {
        var households = await app.WithDbAsync(db => db.Households.CountAsync());
        var shops = await app.WithDbAsync(db => db.Shops.CountAsync());
        var client = await app.SignedInAsync("reviewer");

        var html = await client.GetStringAsync($"/review/units/{await app.ProvinceAsync()}");

        Assert.Contains($"id=\"households\">{households:N0}<", html.Replace(".", ",", StringComparison.Ordinal));
        Assert.Contains($"id=\"shops\">{shops:N0}<", html.Replace(".", ",", StringComparison.Ordinal));
        Assert.Contains("Huyện Bắc Sơn", html);
        Assert.Contains("Xã Mẫu Sơn", html);
    }

    [Fact]
    public async Task Unit_DistrictReviewer_OwnDistrictOkNeighbourNotFound()
    {
        var client = await app.SignedInAsync("reviewer-bacson");

        var own = await client.GetAsync($"/review/units/{await app.UnitAsync("Huyện Bắc Sơn")}");
        var ownVillage = await client.GetAsync($"/review/units/{await app.UnitAsync("Thôn Nà Hin")}");
        var neighbour = await client.GetAsync($"/review/units/{await app.UnitAsync("Huyện Văn Quan")}");
        var province = await client.GetAsync($"/review/units/{await app.ProvinceAsync()}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownVillage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, province.StatusCode);
    }

    [Fact]
    public async Task Unit_DistrictReviewer_ShowsOnlyOwnCommunes()
    {
        var client = await app.SignedInAsync("reviewer-bacson");

        var html = await client.GetStringAsync($"/review/units/{await app.UnitAsync("Huyện Bắc Sơn")}");

        Assert.Contains("Xã Vũ Lễ", html);
        Assert.DoesNotContain("Xã Tràng Các", html);
        Assert.DoesNotContain($"href=\"/review/units/{await app.ProvinceAsync()}\"", html);
    }

    [Fact]
    public async Task Unit_TeamMember_NotFound()
    {
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/review/units/{await app.ScopeUnitAsync("team1")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData("team1", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task HangfireDashboard_OnlyAdmins(string? user, HttpStatusCode expected)
    {
        var client = user is null ? app.CreateBrowser() : await app.SignedInAsync(user);

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(expected, response.StatusCode);
    }
}
