using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Features.Analytics;

[Collection(SharedApp.Name)]
public class DashboardScopeTests(ShopOnboardFactory app)
{
    [Theory]
    [InlineData("dashboard")]
    [InlineData("metrics")]
    [InlineData("metrics.csv")]
    [InlineData("metrics.xlsx")]
    public async Task Endpoint_DistrictReviewerOnNeighbour_NotFound(string endpoint)
    {
        var client = await app.SignedInAsync("reviewer-bacson");

        var neighbour = await client.GetAsync($"/review/units/{await app.UnitAsync("Huyện Văn Quan")}/{endpoint}");
        var province = await client.GetAsync($"/review/units/{await app.ProvinceAsync()}/{endpoint}");

        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, province.StatusCode);
    }

    [Theory]
    [InlineData("dashboard")]
    [InlineData("metrics")]
    [InlineData("metrics.csv")]
    [InlineData("metrics.xlsx")]
    public async Task Endpoint_DistrictReviewerOnOwnDistrict_Ok(string endpoint)
    {
        var client = await app.SignedInAsync("reviewer-bacson");

        var response = await client.GetAsync($"/review/units/{await app.UnitAsync("Huyện Bắc Sơn")}/{endpoint}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MetricsCsv_DistrictReviewer_OnlyOwnCommunesAndAudited()
    {
        var district = await app.UnitAsync("Huyện Bắc Sơn");
        var client = await app.SignedInAsync("reviewer-bacson");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "export.ministry-metrics" && a.EntityId == district.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var csv = await client.GetStringAsync($"/review/units/{district}/metrics.csv");

        Assert.StartsWith("Đơn vị,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Xã Vũ Lễ", csv);
        Assert.DoesNotContain("Xã Tràng Các", csv);
        Assert.DoesNotContain("Huyện Văn Quan", csv);
        var after = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "export.ministry-metrics" && a.EntityId == district.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Dashboard_DistrictReviewer_ShowsOnlyOwnCommunesAndTeams()
    {
        var client = await app.SignedInAsync("reviewer-bacson");

        var html = await client.GetStringAsync($"/review/units/{await app.UnitAsync("Huyện Bắc Sơn")}/dashboard");

        Assert.Contains("Xã Vũ Lễ", html);
        Assert.DoesNotContain("Xã Tràng Các", html);
        Assert.Contains("data-chart=\"line\"", html);
        Assert.Contains("/lib/chartjs/chart.umd.min.js", html);
    }

    [Fact]
    public async Task Dashboard_ProvinceReviewer_ShopsTodayMatchesDatabase()
    {
        var shops = await app.WithDbAsync(db => db.Shops.CountAsync(s => s.Status != ShopOnboard.Web.Features.Shops.ShopStatus.Closed));
        var client = await app.SignedInAsync("reviewer");

        var html = await client.GetStringAsync($"/review/units/{await app.ProvinceAsync()}/dashboard");

        Assert.Contains($"id=\"shops-today\">{shops:N0}<", html.Replace(".", ",", StringComparison.Ordinal));
    }
}
