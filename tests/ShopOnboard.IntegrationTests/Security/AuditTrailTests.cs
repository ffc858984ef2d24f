using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Audit;

namespace ShopOnboard.IntegrationTests.Security;

[Collection(SharedApp.Name)]
public class AuditTrailTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Audit_ReviewerOfDistrict_SeesOnlyEntriesOfTheirUnits()
    {
        var bacSon = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "Huyện Bắc Sơn").Select(u => u.Path).SingleAsync());
        var vanQuan = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "Huyện Văn Quan").Select(u => u.Path).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(
                new AuditEntry { At = DateTime.UtcNow, Action = "test.inside", EntityType = "Shop", EntityId = "1", UnitPath = bacSon + "99/" },
                new AuditEntry { At = DateTime.UtcNow, Action = "test.outside", EntityType = "Shop", EntityId = "2", UnitPath = vanQuan + "99/" });
            return await db.SaveChangesAsync();
        });

        var district = await (await app.SignedInAsync("reviewer-bacson")).GetStringAsync("/audit");
        var admin = await (await app.SignedInAsync("admin")).GetStringAsync("/audit");
        var team = await (await app.SignedInAsync("team1")).GetAsync("/audit");

        Assert.Contains("test.inside", district);
        Assert.DoesNotContain("test.outside", district);
        Assert.Contains("test.outside", admin);
        Assert.Equal(HttpStatusCode.Redirect, team.StatusCode);
    }
}

[Collection(SharedApp.Name)]
public class FarmerDataTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Download_Farmer_OwnShopOnlyAndAudited()
    {
        var farmer = await app.SignedInAsync("farmer2");
        var own = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer2").Select(s => s.Slug).SingleAsync());
        var other = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer1").Select(s => s.Slug).SingleAsync());

        var response = await farmer.GetAsync("/my-shop/data.json");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(own, json);
        Assert.DoesNotContain(other, json);
        Assert.Contains("\"Orders\"", json);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "export.my-shop-data")));
    }

    [Fact]
    public async Task RequestClosure_Farmer_RecordedForTheTeam()
    {
        var farmer = await app.SignedInAsync("farmer2");

        var response = await farmer.PostFormAsync("/my-shop", "/my-shop/close", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã gửi yêu cầu đóng tài khoản", await farmer.GetStringAsync("/my-shop"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "account.close-request")));
    }
}
