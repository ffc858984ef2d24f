using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Web;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// "Kết nối sàn": a shop's marketplace accounts, connected through each marketplace's own consent page, and
/// the publish / retry button of a listing.
/// </summary>
[Route("shops/{shopId:int}")]
public sealed class MarketplacesController(ShopDbContext db, MarketplaceStatusQuery query, IEnumerable<IMarketplaceClient> clients, MarketplaceAccounts accounts, MarketplaceSync sync) : Controller
{
    private const string StateKey = "marketplaces.oauth-state.";

    [HttpGet("marketplaces")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        if (await query.PageAsync(shopId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        // The connect buttons post here and are redirected to the marketplace's consent page.
        SecurityHeaders.AllowFormActions(Response, clients.Select(c => c.AuthorizationUrl($"{Request.Scheme}://{Request.Host}/", "origin").GetLeftPart(UriPartial.Authority)));
        return View(page);
    }

    [HttpPost("marketplaces/{marketplace}/connect")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public IActionResult Connect(int shopId, Marketplace marketplace)
    {
        if (!ModelState.IsValid || !MarketplaceStatusQuery.Supported.Contains(marketplace))
        {
            return NotFound();
        }

        // A random state, checked against TempData on the way back, keeps a stranger's code from linking their
        // marketplace shop to this one (Shopee's redirect has no state parameter: its client puts it in our URL).
        var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        TempData[StateKey + marketplace] = state;
        var callback = $"{Request.Scheme}://{Request.Host}/shops/{shopId}/marketplaces/{Slug(marketplace)}/callback";
        return Redirect(clients.For(marketplace).AuthorizationUrl(callback, state).ToString());
    }

    [HttpGet("marketplaces/{marketplace}/callback")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Callback(int shopId, Marketplace marketplace, string? code, string? state, [FromQuery(Name = "shop_id")] string? externalShopId, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !MarketplaceStatusQuery.Supported.Contains(marketplace) || code is null || state is null || TempData[StateKey + marketplace] as string != state)
        {
            return BadRequest();
        }

        try
        {
            await accounts.ConnectAsync(shopId, marketplace, code, externalShopId, cancellationToken);
        }
        catch (MarketplaceException problem)
        {
            TempData["marketplaces.error"] = MarketplaceText.Plain(problem);
        }

        return Redirect($"/shops/{shopId}/marketplaces");
    }

    /// <summary>Publish a listing, or retry it after a failure.</summary>
    [HttpPost("listings/{listingId:int}/marketplaces/{marketplace}/publish")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(int shopId, int listingId, Marketplace marketplace, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !MarketplaceStatusQuery.Supported.Contains(marketplace)
            || !await db.Listings.AnyAsync(l => l.Id == listingId && l.ShopId == shopId, cancellationToken))
        {
            return NotFound();
        }

        await sync.RequestPublishAsync(listingId, marketplace, cancellationToken);
        return Redirect($"/shops/{shopId}/listings/{listingId}");
    }

    public static string Slug(Marketplace marketplace) => marketplace.ToString().ToLowerInvariant();
}
