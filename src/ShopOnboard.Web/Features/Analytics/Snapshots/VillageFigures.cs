using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Payments;
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
    /// <see cref="OnboardingQuery.DormantAfterDays"/> days (also one that never had one). A household "has a digital
    /// shop" or "an e-payment account" when the register says so or it has a shop (an owner-confirmed account) here.
    /// </summary>
    public static async Task<(Dictionary<int, UnitSnapshot> Villages, List<ShopOpeningMonth> Openings)> ComputeAsync(ShopDbContext db, IReadOnlyCollection<int> villageIds, DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddDays(-OnboardingQuery.DormantAfterDays);
        var households = await db.Households.Where(h => villageIds.Contains(h.VillageId))
            .Select(h => new { h.Id, h.VillageId, h.HasDigitalShop, h.HasEPaymentAccount })
            .ToListAsync(cancellationToken);
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
                ConfirmedAccount = db.PaymentAccounts.Any(a => a.ShopId == s.Id && a.Status == PaymentAccountStatus.Active),
                Listing = db.Listings.Any(l => l.ShopId == s.Id),
                OrderDays = db.ShopDailyStats.Count(d => d.ShopId == s.Id && d.Orders > 0),
                Recent = db.ShopDailyStats.Any(d => d.ShopId == s.Id && d.Day >= since && d.Orders > 0),
            })
            .ToListAsync(cancellationToken);
        var shopsByVillage = shops.ToLookup(s => s.VillageId);
        var householdsByVillage = households.ToLookup(h => h.VillageId);

        // The register's flags record shops and accounts opened elsewhere; ours count whether or not it was ticked.
        var withShop = shops.Select(s => s.HouseholdId).ToHashSet();
        var withAccount = shops.Where(s => s.ConfirmedAccount).Select(s => s.HouseholdId).ToHashSet();
        var openings = shops
            .GroupBy(s => (s.VillageId, Month: FirstOfMonth(VietnamTime.Day(s.CreatedAt))))
            .Select(g => new ShopOpeningMonth { UnitId = g.Key.VillageId, Month = g.Key.Month, Opened = g.Count() })
            .ToList();

        var villages = villageIds.Distinct().ToDictionary(id => id, id =>
        {
            var register = householdsByVillage[id].ToList();
            var mine = shopsByVillage[id].ToList();
            int Households(Func<(bool Account, bool Listing, int OrderDays), bool> step) =>
                mine.Where(s => step((s.Account, s.Listing, s.OrderDays))).Select(s => s.HouseholdId).Distinct().Count();
            return new UnitSnapshot
            {
                UnitId = id,
                Households = register.Count,
                HouseholdsWithShop = register.Count(h => h.HasDigitalShop || withShop.Contains(h.Id)),
                HouseholdsWithEPayment = register.Count(h => h.HasEPaymentAccount || withAccount.Contains(h.Id)),
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
