using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>
/// The setup checklist, one step per screen, each saved as soon as it is done: profile, (payment account
/// and first listing have their own controllers), marketplace links, publish.
/// </summary>
[Route("shops/{shopId:int}/setup")]
public sealed class ShopSetupController(ShopDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        View("Setup", await ShopChecklist.LoadAsync(db, shopId, cancellationToken));

    [HttpGet("profile")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Profile(int shopId, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.FirstAsync(s => s.Id == shopId, cancellationToken);
        return View(new ShopProfilePage(shopId, shop.Slug, new ShopProfileForm { Name = shop.Name, Description = shop.Description ?? "", Phone = shop.Phone ?? "" }));
    }

    [HttpPost("profile")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Profile(int shopId, [Bind(Prefix = nameof(ShopProfilePage.Form))] ShopProfileForm form, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.FirstAsync(s => s.Id == shopId, cancellationToken);
        var phone = VietnamesePhone.Normalize(form.Phone);
        if (!string.IsNullOrEmpty(form.Phone) && phone is null)
        {
            ModelState.AddModelError("Form.Phone", text["Số điện thoại phải là số di động 10 chữ số, ví dụ 0912 345 678."]);
        }

        if (!ModelState.IsValid)
        {
            return View(new ShopProfilePage(shopId, shop.Slug, form));
        }

        // The address follows the name until the shop is published; after that links are out in the world.
        if (shop.Status == ShopStatus.Onboarding && form.Name.Trim() != shop.Name)
        {
            shop.Slug = await ShopSlugs.UniqueAsync(db, form.Name, shopId, cancellationToken);
        }

        shop.Name = form.Name.Trim();
        shop.NameSearch = VietnameseText.Fold(shop.Name);
        shop.Description = form.Description.Trim();
        shop.Phone = phone;
        await db.SaveChangesAsync(cancellationToken);
        return await NextStepAsync(shopId, cancellationToken);
    }

    [HttpGet("marketplaces")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Marketplaces(int shopId, CancellationToken cancellationToken) =>
        View(await ShopChecklist.LoadAsync(db, shopId, cancellationToken));

    /// <summary>Linking Shopee, Lazada or TikTok Shop needs the farmer's own accounts; it can wait.</summary>
    [HttpPost("marketplaces")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeferMarketplaces(int shopId, CancellationToken cancellationToken)
    {
        await db.Shops.Where(s => s.Id == shopId).ExecuteUpdateAsync(s => s.SetProperty(x => x.MarketplacesDeferred, true), cancellationToken);
        return await NextStepAsync(shopId, cancellationToken);
    }

    [HttpGet("publish")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Publish(int shopId, CancellationToken cancellationToken) =>
        View(await ShopChecklist.LoadAsync(db, shopId, cancellationToken));

    [HttpPost("publish")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PublishNow(int shopId, CancellationToken cancellationToken)
    {
        var checklist = (await ShopChecklist.LoadAsync(db, shopId, cancellationToken))!;
        if (checklist.MissingForPublish.Any())
        {
            ModelState.AddModelError("", text["Chưa thể mở bán: còn thiếu {0}.", string.Join(", ", checklist.MissingForPublish.Select(s => text[ShopChecklist.Title(s)].Value))]);
            return View("Publish", checklist);
        }

        var shop = await db.Shops.Include(s => s.Village).FirstAsync(s => s.Id == shopId, cancellationToken);
        if (shop.Status != ShopStatus.Active)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            shop.Status = ShopStatus.Active;
            shop.ActivatedAt = clock.GetUtcNow().UtcDateTime;
            // Drafts with a finished photo go on sale with the shop; the others wait for their photos.
            await db.Listings.Where(l => l.ShopId == shopId && l.Status == ListingStatus.Draft && l.Photos.Any(p => p.Status == PhotoStatus.Ready))
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, ListingStatus.Active), cancellationToken);
            audit.Record("shop.publish", "Shop", shopId, shop.Village.Path, new { Status = "Onboarding" }, new { Status = "Active" });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Redirect($"/shops/{shopId}/setup");
    }

    private async Task<IActionResult> NextStepAsync(int shopId, CancellationToken cancellationToken)
    {
        var next = (await ShopChecklist.LoadAsync(db, shopId, cancellationToken))!.Next;
        return Redirect(next is null ? $"/shops/{shopId}/setup" : $"/shops/{shopId}/setup/{ShopChecklist.PathOf(next.Value)}");
    }
}

public sealed record ShopProfilePage(int ShopId, string Slug, ShopProfileForm Form);
