using System.Net;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Data;

namespace ShopOnboard.IntegrationTests.Features.Admin;

/// <summary>Admins change roles and scopes through the real pages; every change is audited, a refused one changes nothing.</summary>
public sealed class UserAccessTests(ShopOnboardFactory app) : IClassFixture<ShopOnboardFactory>
{
    [Fact]
    public async Task Save_ReviewerRoleAndDistrictScope_StoredAndAuditedWithBeforeAndAfter()
    {
        var admin = await app.SignedInAsync("admin");
        var userId = await UserIdAsync("team3");
        var district = await app.UnitAsync("Huyện Bắc Sơn");

        var response = await PostAsync(admin, userId, [("roles", "TeamMember"), ("roles", "Reviewer"), ("addUnit", $"{district}")], keepScopes: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (roles, units, entry) = await app.WithDbAsync(async db => (
            await RolesAsync(db, userId),
            await db.UserScopes.Where(s => s.UserId == userId).Select(s => s.UnitId).ToListAsync(),
            await db.AuditEntries.Where(e => e.Action == "user.access" && e.EntityId == userId).SingleAsync()));
        Assert.Equal(["Reviewer", "TeamMember"], roles);
        Assert.Contains(district, units);
        Assert.Equal(2, units.Count);
        Assert.Contains("\"TeamMember\"", entry.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewer", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Reviewer\"", entry.After, StringComparison.Ordinal);
        Assert.Contains($"{district}", entry.After, StringComparison.Ordinal);
        Assert.NotNull(entry.UserId);

        var page = await admin.GetStringAsync($"/admin/users?q=team3");
        Assert.Contains("Huyện Bắc Sơn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AdminDropsOwnAdminRole_RefusedAndNothingChanges()
    {
        var admin = await app.SignedInAsync("admin");
        var adminId = await UserIdAsync("admin");

        var response = await PostAsync(admin, adminId, [("roles", "Reviewer")], keepScopes: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bạn không thể tự bỏ quyền quản trị của mình.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Admin"], await app.WithDbAsync(db => RolesAsync(db, adminId)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "user.access" && e.EntityId == adminId)));
    }

    [Theory]
    [InlineData("roles", "SuperUser")]
    [InlineData("addUnit", "999999")]
    public async Task Save_UnknownRoleOrUnit_RefusedAndNothingChanges(string field, string value)
    {
        var admin = await app.SignedInAsync("admin");
        var userId = await UserIdAsync("team4");
        var before = await app.WithDbAsync(db => db.UserScopes.CountAsync(s => s.UserId == userId));

        var response = await PostAsync(admin, userId, [("roles", "TeamMember"), (field, value)], keepScopes: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["TeamMember"], await app.WithDbAsync(db => RolesAsync(db, userId)));
        Assert.Equal(before, await app.WithDbAsync(db => db.UserScopes.CountAsync(s => s.UserId == userId)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "user.access" && e.EntityId == userId)));
    }

    [Fact]
    public async Task Users_Reviewer_Denied()
    {
        var reviewer = await app.SignedInAsync("reviewer");
        var response = await reviewer.GetAsync("/admin/users");
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    /// <summary>Posts the page's own form (its token), keeping the scopes it shows ticked when asked to.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userId, (string Name, string Value)[] fields, bool keepScopes)
    {
        var url = $"/admin/users/{userId}";
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", await client.AntiForgeryTokenAsync(url, url)));
        if (keepScopes)
        {
            var html = await client.GetStringAsync(url);
            form.AddRange(System.Text.RegularExpressions.Regex.Matches(html, "name=\"units\" value=\"(\\d+)\"").Select(m => new KeyValuePair<string, string>("units", m.Groups[1].Value)));
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private Task<string> UserIdAsync(string userName) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private static async Task<List<string>> RolesAsync(ShopDbContext db, string userId) =>
        (await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync()).Order(StringComparer.Ordinal).ToList();
}
