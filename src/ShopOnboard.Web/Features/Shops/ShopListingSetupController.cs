using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>
/// Step 3 is the listing editor itself: the shop's first product, or the one it already has, so that
/// photos are added where every later product gets them too.
/// </summary>
public sealed class ShopListingSetupController(ShopDbContext db) : Controller
{
    [HttpGet("/shops/{shopId:int}/setup/listing")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        var first = await db.Listings.Where(l => l.ShopId == shopId).OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        return Redirect(first is null ? $"/shops/{shopId}/listings/new" : $"/shops/{shopId}/listings/{first}");
    }
}
