using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Analytics.Snapshots;

/// <summary>The leaderboard figures of the teams attached to some villages or credited with a shop in them.</summary>
public static class TeamFigures
{
    public static async Task<List<TeamStat>> ComputeAsync(ShopDbContext db, IReadOnlyCollection<int> villageIds, CancellationToken cancellationToken)
    {
        var teamIds = (await db.Teams.Where(t => villageIds.Contains(t.UnitId)).Select(t => t.Id).ToListAsync(cancellationToken))
            .Union(await db.Shops.Where(s => villageIds.Contains(s.VillageId) && s.TeamId != null).Select(s => s.TeamId!.Value).Distinct().ToListAsync(cancellationToken))
            .ToList();

        // Grouped once per table and joined in memory: a correlated count per team over all visits is
        // quadratic (1,660 teams x 200,000 visits on a province).
        var shops = await db.Shops.Where(s => s.TeamId != null && teamIds.Contains(s.TeamId.Value) && s.Status != ShopStatus.Closed)
            .GroupBy(s => s.TeamId!.Value)
            .Select(g => new { g.Key, All = g.Count(), Active = g.Count(s => s.Status == ShopStatus.Active) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var members = (await db.TeamMembers.Where(m => teamIds.Contains(m.TeamId)).Select(m => new { m.TeamId, m.UserId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.TeamId, m => m.UserId);
        var userIds = members.SelectMany(m => m).Distinct().ToList();
        var visits = await db.Visits.Where(v => userIds.Contains(v.UserId))
            .GroupBy(v => v.UserId)
            .Select(g => new { g.Key, All = g.Count(), Training = g.Count(v => (v.Activities & VisitActivitiesExtensions.Training) != 0) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        return teamIds.Select(id =>
        {
            var users = members[id].Distinct().ToList();
            var counts = shops.GetValueOrDefault(id);
            return new TeamStat
            {
                TeamId = id,
                Shops = counts?.All ?? 0,
                ActiveShops = counts?.Active ?? 0,
                Visits = users.Sum(u => visits.TryGetValue(u, out var v) ? v.All : 0),
                Trainings = users.Sum(u => visits.TryGetValue(u, out var v) ? v.Training : 0),
            };
        }).ToList();
    }
}
