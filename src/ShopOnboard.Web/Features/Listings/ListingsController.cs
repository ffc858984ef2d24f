using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>A shop's products: list, add, edit. Photos have their own controller.</summary>
[Route("shops/{shopId:int}/listings")]
public sealed class ListingsController(ShopDbContext db, ListingEditor editor, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        var rows = await db.Listings.Where(l => l.ShopId == shopId).OrderBy(l => l.Title)
            .Select(l => new ListingRow(l.Id, l.Title, l.PriceVnd, l.Unit, l.Stock, l.Status, l.Sku,
                l.Photos.Where(p => p.IsMain && p.Status == PhotoStatus.Ready).Select(p => p.ContentHash).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var shopName = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).FirstAsync(cancellationToken);
        return View("Listings", new ListingsPage(shopId, shopName, rows));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> New(int shopId, CancellationToken cancellationToken) =>
        View("Edit", new ListingEditPage(shopId, null, await DefaultsAsync(shopId, cancellationToken), []));

    [HttpPost("new")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(int shopId, [Bind(Prefix = nameof(ListingEditPage.Form))] ListingForm form, CancellationToken cancellationToken)
    {
        await CheckAsync(shopId, null, form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new ListingEditPage(shopId, null, form, []));
        }

        var listing = await editor.CreateAsync(shopId, form, cancellationToken);
        return Redirect($"/shops/{shopId}/listings/{listing.Id}");
    }

    [HttpGet("{listingId:int}")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Edit(int shopId, int listingId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == listingId && l.ShopId == shopId, cancellationToken);
        return listing is null
            ? NotFound()
            : View("Edit", new ListingEditPage(shopId, listingId, ListingForm.From(listing), await PhotosAsync(listingId, cancellationToken)));
    }

    [HttpPost("{listingId:int}")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int shopId, int listingId, [Bind(Prefix = nameof(ListingEditPage.Form))] ListingForm form, CancellationToken cancellationToken)
    {
        // The listing must belong to the shop the policy checked, or a team member could reach any listing.
        var listing = await db.Listings.Include(l => l.Shop).ThenInclude(s => s.Village)
            .FirstOrDefaultAsync(l => l.Id == listingId && l.ShopId == shopId, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }

        await CheckAsync(shopId, listingId, form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new ListingEditPage(shopId, listingId, form, await PhotosAsync(listingId, cancellationToken)));
        }

        await editor.UpdateAsync(listing, form, listing.Shop.Village.Path, cancellationToken);
        TempData["Saved"] = text["Đã lưu."].Value;
        return Redirect($"/shops/{shopId}/listings/{listingId}");
    }

    private async Task CheckAsync(int shopId, int? listingId, ListingForm form, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in await editor.CheckAsync(shopId, listingId, form, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(ListingEditPage.Form)}.{field}", text[message]);
        }
    }

    private async Task<ListingForm> DefaultsAsync(int shopId, CancellationToken cancellationToken) =>
        new() { Origin = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Name).FirstAsync(cancellationToken) };

    private Task<List<PhotoTile>> PhotosAsync(int listingId, CancellationToken cancellationToken) =>
        db.ListingPhotos.Where(p => p.ListingId == listingId).OrderBy(p => p.Position)
            .Select(p => new PhotoTile(p.Id, p.ContentHash, p.Status, p.IsMain, p.FailureReason, p.QualityHints))
            .ToListAsync(cancellationToken);
}

public sealed record ListingRow(int Id, string Title, long PriceVnd, string Unit, int Stock, ListingStatus Status, string Sku, string? MainPhotoHash);

public sealed record ListingsPage(int ShopId, string ShopName, IReadOnlyList<ListingRow> Listings);

public sealed record PhotoTile(int Id, string ContentHash, PhotoStatus Status, bool IsMain, string? FailureReason, string? QualityHints);

public sealed record ListingEditPage(int ShopId, int? ListingId, ListingForm Form, IReadOnlyList<PhotoTile> Photos);
