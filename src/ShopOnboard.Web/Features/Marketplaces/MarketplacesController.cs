using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Marketplaces.Shopee;
using ShopOnboard.Web.Features.Marketplaces.Sync;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// "Kết nối sàn": a shop's marketplace accounts, connected through each marketplace's own consent page, and
/// the publish / retry button of a listing.
/// </summary>
[Route("shops/{shopId:int}")]
public sealed class MarketplacesController(ShopDbContext db, MarketplaceStatusQuery query, ShopeeClient shopee, ShopeeConnections connections, MarketplaceSync sync) : Controller
{
    private const string NonceKey = "marketplaces.oauth-nonce";

    [HttpGet("marketplaces")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        await query.PageAsync(shopId, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("marketplaces/shopee/connect")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public IActionResult ConnectShopee(int shopId)
    {
        // Shopee's redirect carries no state parameter, so a nonce in our own callback URL, checked against
        // TempData, keeps a stranger's code from linking their Shopee shop to this one.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        TempData[NonceKey] = nonce;
        var callback = $"{Request.Scheme}://{Request.Host}/shops/{shopId}/marketplaces/shopee/callback?nonce={nonce}";
        return Redirect(shopee.AuthorizationUrl(callback).ToString());
    }

    [HttpGet("marketplaces/shopee/callback")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> ShopeeCallback(int shopId, string? code, [FromQuery(Name = "shop_id")] long? externalShopId, string? nonce, CancellationToken cancellationToken)
    {
        if (code is null || externalShopId is null || nonce is null || TempData[NonceKey] as string != nonce)
        {
            return BadRequest();
        }

        try
        {
            await connections.ConnectAsync(shopId, code, externalShopId.Value, cancellationToken);
        }
        catch (ShopeeException problem)
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
        if (!MarketplaceStatusQuery.Supported.Contains(marketplace)
            || !await db.Listings.AnyAsync(l => l.Id == listingId && l.ShopId == shopId, cancellationToken))
        {
            return NotFound();
        }

        await sync.RequestPublishAsync(listingId, marketplace, cancellationToken);
        return Redirect($"/shops/{shopId}/listings/{listingId}");
    }
}
