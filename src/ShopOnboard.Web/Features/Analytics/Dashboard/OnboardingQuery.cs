using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Analytics.Dashboard;

public sealed record TeamRow(int Id, string Name, string UnitName, int ShopsOnboarded, int ActiveShops, int Visits, int Trainings);

public sealed record DormantShop(int Id, string Name, string VillageName, string? TeamName, DateOnly? LastSale);

public sealed record Onboarding(Funnel Funnel, IReadOnlyList<TeamRow> Teams, int DormantCount, IReadOnlyList<DormantShop> Dormant, DateTime? RefreshedAt);

/// <summary>
/// The onboarding funnel, the team leaderboard and the dormant shops of a unit, read from the villages'
/// snapshots and the teams' stats (refreshed within a minute of a change) and, for the dormant shops' names,
/// from each shop's last order day.
/// </summary>
public sealed class OnboardingQuery(ShopDbContext db, TimeProvider clock)
{
    /// <summary>An active shop with no counted order for this many days is dormant and wants a visit.</summary>
    public const int DormantAfterDays = 60;

    /// <summary>Dormant shops listed by name; the count covers all of them.</summary>
    public const int DormantShown = 50;

    public async Task<Onboarding> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var totals = await db.UnitSnapshots.Where(v => v.Unit.Path.StartsWith(path)).GroupBy(_ => 1).Select(g => new
        {
            Households = g.Sum(v => v.Households),
            Visited = g.Sum(v => v.Visited),
            ShopCreated = g.Sum(v => v.ShopCreated),
            PaymentAccount = g.Sum(v => v.PaymentAccount),
            FirstListing = g.Sum(v => v.FirstListing),
            FirstOrder = g.Sum(v => v.FirstOrder),
            RepeatSeller = g.Sum(v => v.RepeatSeller),
            Dormant = g.Sum(v => v.DormantShops),
            RefreshedAt = g.Min(v => (DateTime?)v.RefreshedAt),
        }).FirstOrDefaultAsync(cancellationToken);
        var funnel = totals is null
            ? new Funnel(0, 0, 0, 0, 0, 0, 0)
            : new Funnel(totals.Households, totals.Visited, totals.ShopCreated, totals.PaymentAccount, totals.FirstListing, totals.FirstOrder, totals.RepeatSeller);

        var teams = await db.TeamStats.Where(t => t.Team.Unit.Path.StartsWith(path))
            .OrderByDescending(t => t.Shops).ThenByDescending(t => t.ActiveShops).ThenBy(t => t.Team.Name)
            .Select(t => new TeamRow(t.TeamId, t.Team.Name, t.Team.Unit.Name, t.Shops, t.ActiveShops, t.Visits, t.Trainings))
            .ToListAsync(cancellationToken);

        // Longest without an order first (never sold before that): those want a visit soonest.
        var since = VietnamTime.Today(clock).AddDays(-DormantAfterDays);
        var dormant = await db.Shops
            .Where(s => s.Status == ShopStatus.Active && (s.LastOrderDay == null || s.LastOrderDay < since) && s.Village.Path.StartsWith(path))
            .OrderBy(s => s.LastOrderDay).ThenBy(s => s.Id)
            .Take(DormantShown)
            .Select(s => new DormantShop(s.Id, s.Name, s.Village.Name, s.Team == null ? null : s.Team.Name, s.LastOrderDay))
            .ToListAsync(cancellationToken);

        return new Onboarding(funnel, teams, totals?.Dormant ?? 0, dormant, totals?.RefreshedAt);
    }
}
