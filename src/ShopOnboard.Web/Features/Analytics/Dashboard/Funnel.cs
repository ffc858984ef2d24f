using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

/// <summary>
/// The onboarding funnel of a unit and everything under it: households → visited → shop → payment account →
/// first listing → first order → repeat seller. One definition for the team's village page and the
/// reviewers' dashboard, so the two never show different numbers for the same village.
/// </summary>
public sealed record Funnel(int Households, int Visited, int ShopCreated, int PaymentAccount, int FirstListing, int FirstOrder, int RepeatSeller)
{
    public IEnumerable<(string Label, int Count)> Steps =>
    [
        ("Hộ gia đình", Households),
        ("Đã đến thăm", Visited),
        ("Đã mở cửa hàng", ShopCreated),
        ("Có tài khoản nhận tiền", PaymentAccount),
        ("Có sản phẩm đầu tiên", FirstListing),
        ("Có đơn hàng đầu tiên", FirstOrder),
        ("Bán hàng thường xuyên", RepeatSeller),
    ];

    /// <summary>
    /// Each step counts households, so a household with two shops is not counted twice. Orders are the counted
    /// ones (not cancelled or returned), read from the daily roll-ups; "repeat seller" means orders on at
    /// least two different days.
    /// </summary>
    public static async Task<Funnel> LoadAsync(ShopDbContext db, string unitPath, CancellationToken cancellationToken)
    {
        var shops = db.Shops.Where(s => s.Village.Path.StartsWith(unitPath) && s.Status != ShopStatus.Closed);
        return new Funnel(
            await db.Households.CountAsync(h => h.Village.Path.StartsWith(unitPath), cancellationToken),
            await db.Visits.Where(v => v.Household.Village.Path.StartsWith(unitPath)).Select(v => v.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.PaymentAccounts.Any(a => a.ShopId == s.Id)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.Listings.Any(l => l.ShopId == s.Id)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.ShopDailyStats.Any(d => d.ShopId == s.Id && d.Orders > 0)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.ShopDailyStats.Count(d => d.ShopId == s.Id && d.Orders > 0) >= 2).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken));
    }
}
