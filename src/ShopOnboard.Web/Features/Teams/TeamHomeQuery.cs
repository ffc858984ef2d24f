using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Teams;

public sealed record VillageCard(int Id, string Name, int Households, int Shops, int StuckInOnboarding, int UnconfirmedOrders, int LateOrders);

public sealed record SearchHit(string Kind, string Title, string Detail, string Url);

public sealed record TeamHome(string? Query, IReadOnlyList<VillageCard> Villages, IReadOnlyList<SearchHit> Hits);

/// <summary>The team member's start page: their villages at a glance and one search box for everything.</summary>
public sealed class TeamHomeQuery(ShopDbContext db, TimeProvider clock)
{
    /// <summary>A shop still in setup after this long needs a visit.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromDays(7);

    public async Task<TeamHome> LoadAsync(IReadOnlyList<string> scopePaths, string? query, CancellationToken cancellationToken)
    {
        var stuckBefore = clock.GetUtcNow().UtcDateTime - StuckAfter;
        var lateBefore = clock.GetUtcNow().UtcDateTime - OrderQueries.ConfirmWithin;
        var villages = await db.Units.WithinScope(scopePaths, u => u.Path)
            .Where(u => u.Level == UnitLevel.Village)
            .OrderBy(u => u.Name)
            .Select(u => new VillageCard(
                u.Id,
                u.Name,
                db.Households.Count(h => h.VillageId == u.Id),
                db.Shops.Count(s => s.VillageId == u.Id),
                db.Shops.Count(s => s.VillageId == u.Id && s.Status == ShopStatus.Onboarding && s.CreatedAt < stuckBefore),
                db.Orders.Count(o => o.Shop.VillageId == u.Id && o.Status == OrderStatus.New),
                db.Orders.Count(o => o.Shop.VillageId == u.Id && o.Status == OrderStatus.New && o.PlacedAt < lateBefore)))
            .ToListAsync(cancellationToken);
        return new TeamHome(query, villages, await SearchAsync(scopePaths, query, cancellationToken));
    }

    /// <summary>Households and shops whose names match, ignoring diacritics and case ("quyt" finds "Quýt").</summary>
    private async Task<List<SearchHit>> SearchAsync(IReadOnlyList<string> scopePaths, string? query, CancellationToken cancellationToken)
    {
        var folded = VietnameseText.Fold(query).Trim();
        if (folded.Length < 2)
        {
            return [];
        }

        var households = await db.Households.WithinScope(scopePaths, h => h.Village.Path)
            .Where(h => h.HeadNameSearch.Contains(folded) || (h.Phone != null && h.Phone.Contains(folded)))
            .OrderBy(h => h.HeadNameSearch).Take(20)
            .Select(h => new SearchHit("Hộ", h.HeadName, h.Village.Name, "/households/" + h.Id))
            .ToListAsync(cancellationToken);
        var shops = await db.Shops.WithinScope(scopePaths, s => s.Village.Path)
            .Where(s => s.NameSearch.Contains(folded))
            .OrderBy(s => s.NameSearch).Take(20)
            .Select(s => new SearchHit("Cửa hàng", s.Name, s.Village.Name, "/shops/" + s.Id + "/setup"))
            .ToListAsync(cancellationToken);
        return [.. shops, .. households];
    }
}
