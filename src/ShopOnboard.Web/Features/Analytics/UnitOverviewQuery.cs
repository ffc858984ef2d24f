using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Analytics;

public sealed record UnitFigures(int Households, int Shops, int ActiveShops, long RevenueLast12MonthsVnd)
{
    public double ShareOfHouseholdsOnline => Households == 0 ? 0 : (double)Shops / Households;
}

public sealed record UnitRow(int Id, string Name, UnitLevel Level, UnitFigures Figures);

public sealed record Crumb(int Id, string Name, bool Reviewable);

public sealed record UnitOverview(int Id, string Name, UnitLevel Level, IReadOnlyList<Crumb> Breadcrumb, UnitFigures Figures, IReadOnlyList<UnitRow> Children);

/// <summary>
/// A unit's headline figures and those of its children. Counts come per village from indexed group-bys
/// and revenue from the daily roll-ups; raw orders are never read here.
/// </summary>
public sealed class UnitOverviewQuery(ShopDbContext db, TimeProvider clock)
{
    public async Task<int?> TopUnitIdAsync(IReadOnlyList<string> scopePaths, CancellationToken cancellationToken) =>
        await db.Units.WithinScope(scopePaths, u => u.Path)
            .OrderBy(u => u.Path.Length).ThenBy(u => u.Name)
            .Select(u => (int?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<UnitOverview?> LoadAsync(int unitId, IReadOnlyList<string> scopePaths, CancellationToken cancellationToken)
    {
        var unit = await db.Units.Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.Name, u.Level, u.Path })
            .FirstOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var ancestorIds = unit.Path.Trim('/').Split('/').Select(int.Parse).ToList();
        var ancestors = await db.Units.Where(u => ancestorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(cancellationToken);
        var breadcrumb = ancestors.OrderBy(a => a.Path.Length)
            .Select(a => new Crumb(a.Id, a.Name, AccessScope.Covers(scopePaths, a.Path)))
            .ToList();

        var children = await db.Units.Where(u => u.ParentId == unitId)
            .OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.Level, u.Path })
            .ToListAsync(cancellationToken);

        var perVillage = await FiguresPerVillageAsync(unit.Path, cancellationToken);
        UnitFigures Sum(string path) => perVillage
            .Where(v => v.Key.StartsWith(path, StringComparison.Ordinal))
            .Aggregate(new UnitFigures(0, 0, 0, 0), (total, v) => new UnitFigures(
                total.Households + v.Value.Households,
                total.Shops + v.Value.Shops,
                total.ActiveShops + v.Value.ActiveShops,
                total.RevenueLast12MonthsVnd + v.Value.RevenueLast12MonthsVnd));

        return new UnitOverview(
            unit.Id,
            unit.Name,
            unit.Level,
            breadcrumb,
            Sum(unit.Path),
            children.Select(c => new UnitRow(c.Id, c.Name, c.Level, Sum(c.Path))).ToList());
    }

    /// <summary>Figures of every village under the path, keyed by the village's path.</summary>
    private async Task<Dictionary<string, UnitFigures>> FiguresPerVillageAsync(string path, CancellationToken cancellationToken)
    {
        var since = VietnamTime.Today(clock).AddMonths(-12);
        var villages = await db.Units.Where(u => u.Path.StartsWith(path) && u.Level == UnitLevel.Village)
            .Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken);
        var households = await db.Households.Where(h => h.Village.Path.StartsWith(path))
            .GroupBy(h => h.VillageId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var shops = await db.Shops.Where(s => s.Village.Path.StartsWith(path) && s.Status != ShopStatus.Closed)
            .GroupBy(s => s.VillageId)
            .Select(g => new { g.Key, Count = g.Count(), Active = g.Count(s => s.Status == ShopStatus.Active) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var revenue = await db.ShopDailyStats.Where(d => d.Day >= since && d.Shop.Village.Path.StartsWith(path))
            .GroupBy(d => d.Shop.VillageId).Select(g => new { g.Key, Revenue = g.Sum(d => d.RevenueVnd) })
            .ToDictionaryAsync(g => g.Key, g => g.Revenue, cancellationToken);

        return villages.ToDictionary(
            v => v.Path,
            v => new UnitFigures(
                households.GetValueOrDefault(v.Id),
                shops.TryGetValue(v.Id, out var s) ? s.Count : 0,
                shops.TryGetValue(v.Id, out var a) ? a.Active : 0,
                revenue.GetValueOrDefault(v.Id)));
    }
}
