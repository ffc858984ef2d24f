using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Shops;

[Route("shops")]
public sealed class ShopsController(ShopQueries queries, AccessScope scope) : Controller
{
    /// <summary>The team member's shops, searchable without diacritics ("quyt" finds "Quýt").</summary>
    [HttpGet("")]
    [Authorize(Policy = Policies.TeamMember)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var paths = await scope.PathsAsync(User, cancellationToken);
        return View(await queries.ListAsync(paths, q, cancellationToken));
    }

    [HttpGet("{shopId:int}")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Details(int shopId, CancellationToken cancellationToken)
    {
        var shop = await queries.DetailsAsync(shopId, cancellationToken);
        return shop is null ? NotFound() : View(shop);
    }
}
