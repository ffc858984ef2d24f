using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

public sealed record MinistryRow(int UnitId, string UnitName, long HouseholdsWithAccounts, long ActiveAccounts, long ProductsListed, long OcopProductsListed, long Transactions, long TransactionValueVnd, long PeopleTrained);

public sealed record MinistryMetrics(int UnitId, string UnitName, string UnitPath, DateOnly From, DateOnly To, MinistryRow Total, IReadOnlyList<MinistryRow> Children);

/// <summary>
/// The ministry's report figures for a unit, its children and a period [From, To] (Vietnam calendar days).
/// Order figures come from the daily roll-ups; the other tables are small enough (one row per shop,
/// listing or visit) to count by village with indexed group-bys.
/// </summary>
public sealed class MinistryMetricsQuery(ShopDbContext db)
{
    public Task<string?> PathAsync(int unitId, CancellationToken cancellationToken) =>
        db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);

    public async Task<MinistryMetrics?> LoadAsync(int unitId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var unit = await db.Units.Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var endUtc = VietnamTime.StartOfDayUtc(to.AddDays(1));
        var path = unit.Path;
        var villages = await PerVillage.LoadAsync(db, path, cancellationToken);

        // An account is a shop that exists at the end of the period and is not closed.
        var accounts = db.Shops.Where(s => s.Village.Path.StartsWith(path) && s.Status != ShopStatus.Closed && s.CreatedAt < endUtc);

        // ACTIVE account (the ministry's wording: "shows products, exchanges information or transacts within
        // the period"), made checkable:
        //  - shows products: has a listing buyers can see (status Active) that was created before the period ended.
        //    Listing status history is not kept, so today's status stands for the period.
        //  - exchanges information: the team recorded a visit with the shop's household within the period.
        //  - transacts: at least one counted (not cancelled, not returned) order placed within the period.
        // Any one of the three is enough. Each condition is one set read once, then matched in memory: a
        // correlated check per shop is three index probes x 116,000 shops on a province.
        var accountRows = await accounts.Select(s => new { s.Id, s.VillageId, s.HouseholdId }).ToListAsync(cancellationToken);
        var showing = (await db.Listings.Where(l => l.Shop.Village.Path.StartsWith(path) && l.Status == ListingStatus.Active && l.CreatedAt < endUtc)
            .Select(l => l.ShopId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var visited = (await db.Visits.Where(v => v.VisitedOn >= from && v.VisitedOn <= to && v.Household.Village.Path.StartsWith(path))
            .Select(v => v.HouseholdId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var sold = (await db.ShopDailyStats.Where(d => d.Day >= from && d.Day <= to && d.Orders > 0 && d.Shop.Village.Path.StartsWith(path))
            .Select(d => d.ShopId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var listed = db.Listings.Where(l => l.Shop.Village.Path.StartsWith(path) && l.Status == ListingStatus.Active && l.CreatedAt < endUtc && l.Shop.Status != ShopStatus.Closed);
        var stats = db.ShopDailyStats.Where(d => d.Day >= from && d.Day <= to && d.Shop.Village.Path.StartsWith(path));
        var trained = db.Visits.Where(v => v.VisitedOn >= from && v.VisitedOn <= to && v.Household.Village.Path.StartsWith(path)
            && (v.Activities & VisitActivitiesExtensions.Training) != 0);

        var households = accountRows.GroupBy(s => s.VillageId).ToDictionary(g => g.Key, g => (long)g.Select(s => s.HouseholdId).Distinct().Count());
        var activeCounts = accountRows.Where(s => showing.Contains(s.Id) || visited.Contains(s.HouseholdId) || sold.Contains(s.Id))
            .GroupBy(s => s.VillageId).ToDictionary(g => g.Key, g => (long)g.Count());
        var products = await listed.GroupBy(l => l.Shop.VillageId).Select(g => new { g.Key, N = (long)g.Count(), Ocop = (long)g.Count(l => l.OcopStars != null) }).ToListAsync(cancellationToken);
        var sales = await stats.GroupBy(d => d.Shop.VillageId).Select(g => new { g.Key, Orders = (long)g.Sum(d => d.Orders), Revenue = g.Sum(d => d.RevenueVnd) }).ToListAsync(cancellationToken);
        var people = await trained.GroupBy(v => v.Household.VillageId).Select(g => new { g.Key, N = (long)g.Select(v => v.HouseholdId).Distinct().Count() }).ToDictionaryAsync(g => g.Key, g => g.N, cancellationToken);

        var productCounts = products.ToDictionary(p => p.Key, p => p.N);
        var ocopCounts = products.ToDictionary(p => p.Key, p => p.Ocop);
        var orderCounts = sales.ToDictionary(s => s.Key, s => s.Orders);
        var revenue = sales.ToDictionary(s => s.Key, s => s.Revenue);
        MinistryRow Row(int id, string name, string p) => new(
            id,
            name,
            villages.Sum(households, p),
            villages.Sum(activeCounts, p),
            villages.Sum(productCounts, p),
            villages.Sum(ocopCounts, p),
            villages.Sum(orderCounts, p),
            villages.Sum(revenue, p),
            villages.Sum(people, p));

        var children = await db.Units.Where(u => u.ParentId == unitId).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(cancellationToken);
        return new MinistryMetrics(
            unit.Id,
            unit.Name,
            unit.Path,
            from,
            to,
            Row(unit.Id, unit.Name, path),
            children.Select(c => Row(c.Id, c.Name, c.Path)).ToList());
    }
}
