using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.IntegrationTests.Features.Households;

[Collection(SharedApp.Name)]
public class HouseholdRegisterTests(ShopOnboardFactory app)
{
    private static Dictionary<string, string> Household(string name, string phone) => new()
    {
        ["Form.HeadName"] = name,
        ["Form.Phone"] = phone,
        ["Form.MembersCount"] = "5",
        ["Form.Notes"] = "Trồng quýt",
    };

    [Fact]
    public async Task New_ValidHousehold_SavedWithNormalisedPhoneAndFoldedName()
    {
        var village = await app.ScopeUnitAsync("team1");
        var client = await app.SignedInAsync("team1");

        var response = await client.PostFormAsync($"/villages/{village}/households/new", $"/villages/{village}/households/new", Household("Nông Thị Ngọc Ánh", "0987 111 201"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Households.SingleAsync(h => h.Phone == "0987111201"));
        Assert.Equal("nong thi ngoc anh", saved.HeadNameSearch);
        Assert.Equal(village, saved.VillageId);
        Assert.Equal($"/households/{saved.Id}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("", "0987111202", "Hãy nhập họ tên chủ hộ.")]
    [InlineData("Lăng Văn Sai Số", "12345", "Số điện thoại phải là số di động 10 chữ số")]
    public async Task New_BadInput_VietnameseErrorKeepsTypedTextSavesNothing(string name, string phone, string message)
    {
        var village = await app.ScopeUnitAsync("team1");
        var before = await app.WithDbAsync(db => db.Households.CountAsync());
        var client = await app.SignedInAsync("team1");

        var response = await client.PostFormAsync($"/villages/{village}/households/new", $"/villages/{village}/households/new", Household(name, phone));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{phone}\"", html);
        Assert.Equal(before, await app.WithDbAsync(db => db.Households.CountAsync()));
    }

    [Fact]
    public async Task New_PhoneOfAnotherHouseholdInVillage_Refused()
    {
        var village = await app.ScopeUnitAsync("team1");
        var taken = await app.WithDbAsync(db => db.Households.Where(h => h.VillageId == village && h.Phone != null).Select(h => h.Phone!).FirstAsync());
        var client = await app.SignedInAsync("team1");

        var response = await client.PostFormAsync($"/villages/{village}/households/new", $"/villages/{village}/households/new", Household("Hoàng Văn Trùng", taken));

        Assert.Contains("Số điện thoại này đã có ở một hộ khác trong thôn.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task New_VillageOutsideScope_NotFoundAndNothingSaved()
    {
        var otherVillage = await app.ScopeUnitAsync("team2");
        var before = await app.WithDbAsync(db => db.Households.CountAsync());
        var client = await app.SignedInAsync("team1");
        var token = await client.AntiForgeryTokenAsync("/account/sign-in", "/account/sign-in");
        var form = Household("Kẻ Lạ", "0987111299");
        form["__RequestVerificationToken"] = token;

        var page = await client.GetAsync($"/villages/{otherVillage}");
        var post = await client.PostAsync($"/villages/{otherVillage}/households/new", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Households.CountAsync()));
    }

    [Fact]
    public async Task Edit_HouseholdOutsideScope_NotFound()
    {
        var otherVillage = await app.ScopeUnitAsync("team2");
        var household = await app.WithDbAsync(db => db.Households.Where(h => h.VillageId == otherVillage).Select(h => h.Id).FirstAsync());
        var client = await app.SignedInAsync("team1");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/households/{household}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/households/{household}/edit")).StatusCode);
    }

    [Fact]
    public async Task Visit_TrainingActivity_RecordedAndHouseholdTrained()
    {
        var village = await app.ScopeUnitAsync("team1");
        var household = await app.WithDbAsync(db => db.Households.Where(h => h.VillageId == village && !h.IsTrained).Select(h => h.Id).FirstAsync());
        var client = await app.SignedInAsync("team1");
        var url = $"/households/{household}/visits/new";

        var empty = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Form.VisitedOn"] = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd") });
        var ok = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.VisitedOn"] = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd"),
            ["Form.Activities"] = "TrainedPacking",
            ["Form.Note"] = "Hướng dẫn đóng thùng quýt",
        });

        Assert.Contains("Hãy chọn ít nhất một việc đã làm.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Households.Where(h => h.Id == household).Select(h => h.IsTrained).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Visits.CountAsync(v => v.HouseholdId == household)));
        Assert.Contains("Hướng dẫn đóng gói", await client.GetStringAsync($"/households/{household}"));
    }

    [Fact]
    public async Task Village_SeededData_FunnelMatchesDatabase()
    {
        var village = await app.ScopeUnitAsync("team2");
        var households = await app.WithDbAsync(db => db.Households.CountAsync(h => h.VillageId == village));
        var withShop = await app.WithDbAsync(db => db.Shops.Where(s => s.VillageId == village).Select(s => s.HouseholdId).Distinct().CountAsync());
        // A first order is a counted one (not cancelled or returned): the same definition as the reviewers' funnel.
        var withOrder = await app.WithDbAsync(db => db.Shops.Where(s => s.VillageId == village && db.Orders.Any(o => o.ShopId == s.Id && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)).CountAsync());
        var client = await app.SignedInAsync("team2");

        var html = await client.GetStringAsync($"/villages/{village}");

        Assert.Contains($"data-step=\"Hộ gia đình\">{households}<", html);
        Assert.Contains($"data-step=\"Đã mở cửa hàng\">{withShop}<", html);
        Assert.Contains($"data-step=\"Có đơn hàng đầu tiên\">{withOrder}<", html);
        Assert.True(withOrder > 0 && withOrder <= withShop && withShop < households);
    }

    [Fact]
    public async Task TeamHome_SearchWithoutDiacritics_FindsHouseholdsAndShops()
    {
        var client = await app.SignedInAsync("team1");

        var byShop = await client.GetStringAsync("/team?q=QUYT");
        var head = await app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == "farmer1").Select(s => s.Household.HeadName).SingleAsync());
        var byName = await client.GetStringAsync($"/team?q={Uri.EscapeDataString(Web.Infrastructure.Text.VietnameseText.Fold(head))}");

        Assert.Contains("Quýt Bắc Sơn", byShop);
        Assert.Contains(head, byName);
        Assert.Contains("Thôn Làng Mỏ", byName);
        Assert.DoesNotContain("Thôn Nà Hin", byName[byName.IndexOf("search-results", StringComparison.Ordinal)..]);
    }
}
