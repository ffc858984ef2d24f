using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>
/// The one definition of a village's onboarding figures, computed from the source tables for a set of
/// villages in a handful of grouped queries. The snapshot refresh stores the result; the team's village page
/// computes it live for its one village, so both always agree.
/// </summary>
public static class VillageFigures
{
    /// <summary>
    /// Each funnel step counts households, so a household with two shops is not counted twice. Orders are the
    /// counted ones (not cancelled or returned), read from the daily roll-ups; "repeat seller" means orders on at
    /// least two different days; "dormant" is an active shop without a counted order in
    /// <see cref="OnboardingQuery.DormantAfterDays"/> days (also one that never had one).
    /// </summary>
    public static async Task<(Dictionary<int, UnitSnapshot> Villages, List<ShopOpeningMonth> Openings)> ComputeAsync(ShopDbContext db, IReadOnlyCollection<int> villageIds, DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddDays(-OnboardingQuery.DormantAfterDays);
        var households = await db.Households.Where(h => villageIds.Contains(h.VillageId))
            .GroupBy(h => h.VillageId)
            .Select(g => new { g.Key, All = g.Count(), Shop = g.Count(h => h.HasDigitalShop), Pay = g.Count(h => h.HasEPaymentAccount) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var visited = (await db.Visits.Where(v => villageIds.Contains(v.Household.VillageId))
                .Select(v => new { v.Household.VillageId, v.HouseholdId }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(v => v.VillageId).ToDictionary(g => g.Key, g => g.Count());
        var shops = await db.Shops.Where(s => villageIds.Contains(s.VillageId) && s.Status != ShopStatus.Closed)
            .Select(s => new
            {
                s.VillageId,
                s.HouseholdId,
                s.Status,
                s.CreatedAt,
                Account = db.PaymentAccounts.Any(a => a.ShopId == s.Id),
                Listing = db.Listings.Any(l => l.ShopId == s.Id),
                OrderDays = db.ShopDailyStats.Count(d => d.ShopId == s.Id && d.Orders > 0),
                Recent = db.ShopDailyStats.Any(d => d.ShopId == s.Id && d.Day >= since && d.Orders > 0),
            })
            .ToListAsync(cancellationToken);
        var shopsByVillage = shops.ToLookup(s => s.VillageId);
        var openings = shops
            .GroupBy(s => (s.VillageId, Month: FirstOfMonth(VietnamTime.Day(s.CreatedAt))))
            .Select(g => new ShopOpeningMonth { UnitId = g.Key.VillageId, Month = g.Key.Month, Opened = g.Count() })
            .ToList();

        var villages = villageIds.Distinct().ToDictionary(id => id, id =>
        {
            var h = households.GetValueOrDefault(id);
            var mine = shopsByVillage[id].ToList();
            int Households(Func<(bool Account, bool Listing, int OrderDays), bool> step) =>
                mine.Where(s => step((s.Account, s.Listing, s.OrderDays))).Select(s => s.HouseholdId).Distinct().Count();
            return new UnitSnapshot
            {
                UnitId = id,
                Households = h?.All ?? 0,
                HouseholdsWithShop = h?.Shop ?? 0,
                HouseholdsWithEPayment = h?.Pay ?? 0,
                Visited = visited.GetValueOrDefault(id),
                ShopCreated = Households(_ => true),
                PaymentAccount = Households(s => s.Account),
                FirstListing = Households(s => s.Listing),
                FirstOrder = Households(s => s.OrderDays >= 1),
                RepeatSeller = Households(s => s.OrderDays >= 2),
                Shops = mine.Count,
                ActiveShops = mine.Count(s => s.Status == ShopStatus.Active),
                DormantShops = mine.Count(s => s.Status == ShopStatus.Active && !s.Recent),
            };
        });
        return (villages, openings);
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
