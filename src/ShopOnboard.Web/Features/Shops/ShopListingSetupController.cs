using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>Step 3: the shop's first product, saved as a draft that goes live when the shop is published.</summary>
[Route("shops/{shopId:int}/setup/listing")]
public sealed class ShopListingSetupController(ShopDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        View("Listing", new FirstListingPage(shopId, new FirstListingForm(), await ListingTitlesAsync(shopId, cancellationToken)));

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int shopId, [Bind(Prefix = nameof(FirstListingPage.Form))] FirstListingForm form, CancellationToken cancellationToken)
    {
        if (!FirstListingForm.Categories.Contains(form.Category))
        {
            ModelState.AddModelError("Form.Category", text["Hãy chọn loại sản phẩm trong danh sách."]);
        }

        if (!FirstListingForm.Units.Contains(form.Unit))
        {
            ModelState.AddModelError("Form.Unit", text["Hãy chọn đơn vị trong danh sách."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Listing", new FirstListingPage(shopId, form, await ListingTitlesAsync(shopId, cancellationToken)));
        }

        var shop = await db.Shops.Include(s => s.Village).FirstAsync(s => s.Id == shopId, cancellationToken);
        var number = await db.Listings.CountAsync(l => l.ShopId == shopId, cancellationToken) + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Listings.Add(new Listing
        {
            ShopId = shopId,
            Title = form.Title.Trim(),
            TitleSearch = VietnameseText.Fold(form.Title),
            Category = form.Category,
            Unit = form.Unit,
            PriceVnd = form.PriceVnd,
            Stock = form.Stock,
            WeightGrams = form.WeightGrams,
            Origin = shop.Village.Name,
            Status = shop.Status == ShopStatus.Active ? ListingStatus.Active : ListingStatus.Draft,
            // Marketplaces join on the SKU, so it is stable and unique within the shop.
            Sku = string.Create(CultureInfo.InvariantCulture, $"S{shopId}-{number:D3}"),
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/shops/{shopId}/setup/marketplaces");
    }

    private Task<List<string>> ListingTitlesAsync(int shopId, CancellationToken cancellationToken) =>
        db.Listings.Where(l => l.ShopId == shopId).OrderBy(l => l.Id).Select(l => l.Title).ToListAsync(cancellationToken);
}

public sealed record FirstListingPage(int ShopId, FirstListingForm Form, IReadOnlyList<string> ExistingTitles);
