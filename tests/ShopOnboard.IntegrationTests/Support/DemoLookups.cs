using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.IntegrationTests.Support;

/// <summary>Finds the demo data's records by the names the README promises.</summary>
public static class DemoLookups
{
    public static Task<int> ShopOfOwnerAsync(this ShopOnboardFactory app, string userName) =>
        app.WithDbAsync(db => db.Shops.Where(s => s.OwnerUser!.UserName == userName).Select(s => s.Id).SingleAsync());

    /// <summary>The village the user's scope names (team members cover one village).</summary>
    public static Task<int> ScopeUnitAsync(this ShopOnboardFactory app, string userName) =>
        app.WithDbAsync(db => db.UserScopes.Where(s => s.User.UserName == userName).Select(s => s.UnitId).SingleAsync());

    public static Task<int> UnitAsync(this ShopOnboardFactory app, string name) =>
        app.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<int> ProvinceAsync(this ShopOnboardFactory app) =>
        app.WithDbAsync(db => db.Units.Where(u => u.Level == UnitLevel.Province).Select(u => u.Id).SingleAsync());
}
