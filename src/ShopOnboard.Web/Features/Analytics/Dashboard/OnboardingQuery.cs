using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

public sealed record TeamRow(int Id, string Name, string UnitName, int ShopsOnboarded, int ActiveShops, int Visits, int Trainings);

public sealed record DormantShop(int Id, string Name, string VillageName, string? TeamName, DateOnly? LastSale);

public sealed record Onboarding(Funnel Funnel, IReadOnlyList<TeamRow> Teams, int DormantCount, IReadOnlyList<DormantShop> Dormant);

/// <summary>The onboarding funnel, the team leaderboard and the dormant shops of a unit.</summary>
public sealed class OnboardingQuery(ShopDbContext db, TimeProvider clock)
{
    /// <summary>An active shop with no counted order for this many days is dormant and wants a visit.</summary>
    public const int DormantAfterDays = 60;

    /// <summary>Dormant shops listed by name; the count covers all of them.</summary>
    public const int DormantShown = 50;

    public async Task<Onboarding> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var since = VietnamTime.Today(clock).AddDays(-DormantAfterDays);
        var shops = db.Shops.Where(s => s.Village.Path.StartsWith(path) && s.Status != ShopStatus.Closed);

        var funnel = await Funnel.LoadAsync(db, path, cancellationToken);

        // Grouped once per table and joined in memory: a correlated count per team over all visits is
        // quadratic (1,660 teams x 200,000 visits on a province).
        var teamRows = await db.Teams.Where(t => t.Unit.Path.StartsWith(path))
            .Select(t => new { t.Id, t.Name, UnitName = t.Unit.Name }).ToListAsync(cancellationToken);
        var members = await db.TeamMembers.Where(m => m.Team.Unit.Path.StartsWith(path))
            .Select(m => new { m.TeamId, m.UserId }).ToListAsync(cancellationToken);
        var membersByTeam = members.ToLookup(m => m.TeamId, m => m.UserId);
        var visits = await db.Visits.Where(v => v.Household.Village.Path.StartsWith(path))
            .GroupBy(v => v.UserId)
            .Select(g => new { g.Key, All = g.Count(), Training = g.Count(v => (v.Activities & VisitActivitiesExtensions.Training) != 0) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var teamShops = await shops.Where(s => s.TeamId != null)
            .GroupBy(s => s.TeamId!.Value)
            .Select(g => new { g.Key, All = g.Count(), Active = g.Count(s => s.Status == ShopStatus.Active) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var teams = teamRows.Select(t =>
        {
            var users = membersByTeam[t.Id].Distinct().ToList();
            var shopCounts = teamShops.GetValueOrDefault(t.Id);
            return new TeamRow(
                t.Id,
                t.Name,
                t.UnitName,
                shopCounts?.All ?? 0,
                shopCounts?.Active ?? 0,
                users.Sum(u => visits.TryGetValue(u, out var v) ? v.All : 0),
                users.Sum(u => visits.TryGetValue(u, out var v) ? v.Training : 0));
        }).ToList();

        var dormant = shops.Where(s => s.Status == ShopStatus.Active && !db.ShopDailyStats.Any(d => d.ShopId == s.Id && d.Day >= since && d.Orders > 0));
        var dormantCount = await dormant.CountAsync(cancellationToken);
        var dormantShown = await dormant.OrderBy(s => s.Village.Name).ThenBy(s => s.Name).Take(DormantShown)
            .Select(s => new DormantShop(s.Id, s.Name, s.Village.Name, s.Team == null ? null : s.Team.Name, db.ShopDailyStats.Where(d => d.ShopId == s.Id).Max(d => (DateOnly?)d.Day)))
            .ToListAsync(cancellationToken);

        return new Onboarding(
            funnel,
            teams.OrderByDescending(t => t.ShopsOnboarded).ThenByDescending(t => t.ActiveShops).ThenBy(t => t.Name).ToList(),
            dormantCount,
            dormantShown);
    }
}
