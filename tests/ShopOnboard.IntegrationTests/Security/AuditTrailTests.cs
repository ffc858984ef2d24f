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
