using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;
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
/// A unit's headline figures and those of its children: counts from the villages' snapshots, revenue (this
/// month and the eleven before) from the monthly roll-up. Raw orders, shops and households are never read here.
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

        // Onboarding counts: one snapshot row per village, summed per child in memory (at most ~1,700 rows).
        var villages = await db.UnitSnapshots.Where(v => v.Unit.Path.StartsWith(unit.Path))
            .Select(v => new { v.Unit.Path, v.Households, v.Shops, v.ActiveShops })
            .ToListAsync(cancellationToken);

        // Revenue: the monthly roll-up already holds each unit's whole subtree.
        var today = VietnamTime.Today(clock);
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var unitIds = children.Select(c => c.Id).Append(unit.Id).ToList();
        var revenue = await db.UnitMonthlyStats.Where(m => unitIds.Contains(m.UnitId) && m.Month >= since)
            .GroupBy(m => m.UnitId)
            .Select(g => new { g.Key, Revenue = g.Sum(m => m.RevenueVnd) })
            .ToDictionaryAsync(g => g.Key, g => g.Revenue, cancellationToken);

        UnitFigures Sum(int id, string path)
        {
            var under = villages.Where(v => v.Path.StartsWith(path, StringComparison.Ordinal)).ToList();
            return new UnitFigures(under.Sum(v => v.Households), under.Sum(v => v.Shops), under.Sum(v => v.ActiveShops), revenue.GetValueOrDefault(id));
        }

        return new UnitOverview(
            unit.Id,
            unit.Name,
            unit.Level,
            breadcrumb,
            Sum(unit.Id, unit.Path),
            children.Select(c => new UnitRow(c.Id, c.Name, c.Level, Sum(c.Id, c.Path))).ToList());
    }
}
