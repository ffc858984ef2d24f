using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

/// <summary>
/// The villages under a unit, so figures grouped by village id in SQL (one indexed group-by each) can be
/// summed per child unit in memory: at most ~1,700 villages a province, far cheaper than one query per child.
/// </summary>
public sealed class PerVillage
{
    private readonly Dictionary<int, string> _paths;

    private PerVillage(Dictionary<int, string> paths) => _paths = paths;

    public static async Task<PerVillage> LoadAsync(ShopDbContext db, string path, CancellationToken cancellationToken) =>
        new(await db.Units.Where(u => u.Path.StartsWith(path) && u.Level == UnitLevel.Village)
            .ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken));

    public long Sum(IReadOnlyDictionary<int, long> byVillage, string path) =>
        byVillage.Where(v => _paths.TryGetValue(v.Key, out var p) && p.StartsWith(path, StringComparison.Ordinal)).Sum(v => v.Value);
}
