using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Analytics.Dashboard;
using ShopOnboard.Web.Features.Analytics.Snapshots;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Households;

public sealed record HouseholdRow(int Id, string HeadName, string? Phone, bool HasDigitalShop, bool HasEPaymentAccount, bool IsTrained, int? ShopId);

public sealed record VillagePage(int Id, string Name, string? Query, Funnel Funnel, IReadOnlyList<HouseholdRow> Households, int Matching);

public sealed record VisitRow(DateOnly VisitedOn, string Member, VisitActivities Activities, string? Note);

public sealed record HouseholdPage(int Id, int VillageId, string VillageName, HouseholdForm Details, int? ShopId, string? ShopName, IReadOnlyList<VisitRow> Visits);

public sealed class VillageQueries(ShopDbContext db, TimeProvider clock)
{
    private const int PageSize = 200;

    public async Task<VillagePage?> VillageAsync(int villageId, string? query, CancellationToken cancellationToken)
    {
        var village = await db.Units.Where(u => u.Id == villageId).Select(u => new { u.Name, u.Path }).FirstOrDefaultAsync(cancellationToken);
        if (village is null)
        {
            return null;
        }

        var households = db.Households.Where(h => h.VillageId == villageId);
        var folded = VietnameseText.Fold(query).Trim();
        if (folded.Length > 0)
        {
            households = households.Where(h => h.HeadNameSearch.Contains(folded) || (h.Phone != null && h.Phone.Contains(folded)));
        }

        var rows = await households.OrderBy(h => h.HeadNameSearch).Take(PageSize)
            .Select(h => new HouseholdRow(h.Id, h.HeadName, h.Phone, h.HasDigitalShop, h.HasEPaymentAccount, h.IsTrained,
                db.Shops.Where(s => s.HouseholdId == h.Id).Select(s => (int?)s.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new VillagePage(villageId, village.Name, query, (await VillageFigures.ComputeAsync(db, [villageId], VietnamTime.Today(clock), cancellationToken)).Villages[villageId].Funnel, rows, await households.CountAsync(cancellationToken));
    }

    public async Task<HouseholdPage?> HouseholdAsync(int householdId, CancellationToken cancellationToken)
    {
        var household = await db.Households.Include(h => h.Village).FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken);
        if (household is null)
        {
            return null;
        }

        var shop = await db.Shops.Where(s => s.HouseholdId == householdId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        var visits = await db.Visits.Where(v => v.HouseholdId == householdId)
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)
            .Select(v => new VisitRow(v.VisitedOn, v.User.FullName, v.Activities, v.Note))
            .ToListAsync(cancellationToken);
        return new HouseholdPage(household.Id, household.VillageId, household.Village.Name, HouseholdForm.From(household), shop?.Id, shop?.Name, visits);
    }
}
