using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.MyShop;

/// <summary>The farmer's pages: big buttons, few words. Always the signed-in owner's own shop.</summary>
[Route("my-shop")]
public sealed class MyShopController(ShopDbContext db, MyShopQueries queries, PaymentAccountChanges accounts, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ShopOwner)]
    public Task<IActionResult> Index(CancellationToken cancellationToken) =>
        WithShopAsync(async shopId => View("Home", await queries.HomeAsync(shopId, cancellationToken)), cancellationToken);

    [HttpGet("confirm")]
    [Authorize(Policy = Policies.ShopOwner)]
    public Task<IActionResult> Confirm(CancellationToken cancellationToken) =>
        WithShopAsync(async shopId => View(await queries.ConfirmAsync(shopId, cancellationToken)), cancellationToken);

    /// <summary>The owner says: this is my shop and this is my bank account. Only now is the account used.</summary>
    [HttpPost("confirm")]
    [Authorize(Policy = Policies.ShopOwner)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> ConfirmNow(CancellationToken cancellationToken) =>
        WithShopAsync(async shopId =>
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            var shop = await db.Shops.Include(s => s.Village).FirstAsync(s => s.Id == shopId, cancellationToken);
            if (shop.OwnerConfirmedAt is null)
            {
                shop.OwnerConfirmedAt = clock.GetUtcNow().UtcDateTime;
                audit.Record("shop.owner-confirm", "Shop", shopId, shop.Village.Path, null, new { shop.Name, shop.OwnerConfirmedAt });
                await db.SaveChangesAsync(cancellationToken);
            }

            await accounts.ConfirmAsync(shopId, userId, cancellationToken);
            return Redirect("/my-shop");
        }, cancellationToken);

    [HttpGet("orders")]
    [Authorize(Policy = Policies.ShopOwner)]
    public Task<IActionResult> Orders(CancellationToken cancellationToken) =>
        WithShopAsync(
            async shopId =>
            {
                ViewData["ShopId"] = shopId;
                return View(await queries.OrdersAsync(shopId, cancellationToken));
            },
            cancellationToken);

    [HttpGet("products")]
    [Authorize(Policy = Policies.ShopOwner)]
    public Task<IActionResult> Products(CancellationToken cancellationToken) =>
        WithShopAsync(async shopId => View(await queries.ProductsAsync(shopId, cancellationToken)), cancellationToken);

    [HttpGet("revenue")]
    [Authorize(Policy = Policies.ShopOwner)]
    public Task<IActionResult> Revenue(CancellationToken cancellationToken) =>
        WithShopAsync(async shopId => View(await queries.RevenueAsync(shopId, cancellationToken)), cancellationToken);

    private async Task<IActionResult> WithShopAsync(Func<int, Task<IActionResult>> page, CancellationToken cancellationToken) =>
        await queries.ShopIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is { } shopId
            ? await page(shopId)
            : View("NoShop");
}
