using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Households;

/// <summary>How far a village's households have come: each step counts households (or their shops).</summary>
public sealed record VillageFunnel(int Households, int Visited, int ShopCreated, int PaymentAccount, int FirstListing, int FirstOrder)
{
    public static async Task<VillageFunnel> LoadAsync(ShopDbContext db, int villageId, CancellationToken cancellationToken)
    {
        var shops = db.Shops.Where(s => s.VillageId == villageId);
        return new VillageFunnel(
            await db.Households.CountAsync(h => h.VillageId == villageId, cancellationToken),
            await db.Visits.Where(v => v.Household.VillageId == villageId).Select(v => v.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.PaymentAccounts.Any(a => a.ShopId == s.Id)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.Listings.Any(l => l.ShopId == s.Id)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken),
            await shops.Where(s => db.Orders.Any(o => o.ShopId == s.Id)).Select(s => s.HouseholdId).Distinct().CountAsync(cancellationToken));
    }

    public IEnumerable<(string Label, int Count)> Steps =>
    [
        ("Hộ gia đình", Households),
        ("Đã đến thăm", Visited),
        ("Đã mở cửa hàng", ShopCreated),
        ("Có tài khoản nhận tiền", PaymentAccount),
        ("Có sản phẩm đầu tiên", FirstListing),
        ("Có đơn hàng đầu tiên", FirstOrder),
    ];
}
