using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Features.Shops;

[Collection(SharedApp.Name)]
public class ShopScopeTests(ShopOnboardFactory app)
{
    [Fact]
    public async Task Details_TeamMemberOwnVillage_Ok()
    {
        var ownShop = await app.ShopOfOwnerAsync("farmer1");
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/shops/{ownShop}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Details_TeamMemberOtherVillage_NotFound()
    {
        var otherVillageShop = await app.ShopOfOwnerAsync("farmer2");
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync($"/shops/{otherVillageShop}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("farmer2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Details_OwnerOfAnotherShop_NotFound()
    {
        var client = await app.SignedInAsync("farmer1");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer1")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer2")}")).StatusCode);
    }

    [Fact]
    public async Task Details_ShopThatDoesNotExist_SameNotFoundAsOutOfScope()
    {
        var client = await app.SignedInAsync("team1");

        var response = await client.GetAsync("/shops/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Details_Anonymous_RedirectedToSignIn()
    {
        var response = await app.CreateBrowser().GetAsync($"/shops/{await app.ShopOfOwnerAsync("farmer1")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task MyShop_Farmer_ShowsOwnShopOnly()
    {
        var own = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer1").Select(s => s.Name).SingleAsync());
        var other = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer2").Select(s => s.Name).SingleAsync());
        var client = await app.SignedInAsync("farmer1");

        var html = await client.GetStringAsync("/my-shop");

        Assert.Contains(own, html);
        Assert.DoesNotContain(other, html);
    }

    [Fact]
    public async Task Index_TeamMember_ListsExactlyTheShopsOfTheirVillage()
    {
        var village = await app.ScopeUnitAsync("team1");
        var expected = await app.WithDbAsync(db => db.Shops.Where(s => s.VillageId == village).Select(s => s.Name).ToListAsync());
        var elsewhere = await app.WithDbAsync(db => db.Shops.Where(s => s.VillageId != village).Select(s => s.Slug).FirstAsync());
        var client = await app.SignedInAsync("team1");

        var html = await client.GetStringAsync("/shops");

        Assert.Contains($"{expected.Count} cửa hàng", html);
        Assert.All(expected, name => Assert.Contains(name, html));
        Assert.DoesNotContain(elsewhere, html);
    }

    [Fact]
    public async Task Index_SearchWithoutDiacritics_FindsVietnameseNames()
    {
        var headName = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer1").Select(s => s.Household.HeadName).SingleAsync());
        var folded = Web.Infrastructure.Text.VietnameseText.Fold(headName).ToUpperInvariant();
        var client = await app.SignedInAsync("team1");

        var html = await client.GetStringAsync($"/shops?q={Uri.EscapeDataString(folded)}");

        Assert.Contains(headName, html);
        Assert.DoesNotContain(" 0 cửa hàng", html);
    }

    [Fact]
    public async Task Index_Reviewer_Forbidden()
    {
        var client = await app.SignedInAsync("reviewer");

        var response = await client.GetAsync("/shops");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString);
    }
}
