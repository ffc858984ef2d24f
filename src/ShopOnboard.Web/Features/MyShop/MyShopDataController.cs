using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.MyShop;

/// <summary>
/// The farmer's own data: all of it as one file to keep or take elsewhere, and a request to close the
/// account, which the team and the admins see in the audit log and carry out with the farmer.
/// </summary>
[Route("my-shop")]
public sealed class MyShopDataController(ShopDbContext db, MyShopQueries queries, AuditLog audit) : Controller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [HttpGet("data.json")]
    [Authorize(Policy = Policies.ShopOwner)]
    public async Task<IActionResult> Download(CancellationToken cancellationToken)
    {
        if (await queries.ShopIdAsync(UserId, cancellationToken) is not { } shopId)
        {
            return View("NoShop");
        }

        var data = new
        {
            Shop = await db.Shops.AsNoTracking().Where(s => s.Id == shopId)
                .Select(s => new { s.Name, s.Slug, s.Description, s.Phone, Status = s.Status.ToString(), s.CreatedAt, s.ActivatedAt, s.ConsentGivenBy, s.ConsentRecordedAt, Village = s.Village.Name })
                .FirstAsync(cancellationToken),
            PaymentAccounts = await db.PaymentAccounts.AsNoTracking().Where(a => a.ShopId == shopId)
                .Select(a => new { a.BankBin, a.AccountNumber, a.HolderName, Status = a.Status.ToString(), a.CreatedAt, a.ConfirmedAt })
                .ToListAsync(cancellationToken),
            Listings = await db.Listings.AsNoTracking().Where(l => l.ShopId == shopId)
                .Select(l => new { l.Sku, l.Title, l.Description, l.Category, l.Unit, l.PriceVnd, l.Stock, Status = l.Status.ToString() })
                .ToListAsync(cancellationToken),
            Orders = await db.Orders.AsNoTracking().Where(o => o.ShopId == shopId).OrderBy(o => o.PlacedAt)
                .Select(o => new
                {
                    o.Code,
                    Channel = o.Channel.ToString(),
                    Status = o.Status.ToString(),
                    PaymentStatus = o.PaymentStatus.ToString(),
                    o.TotalVnd,
                    o.PlacedAt,
                    o.BuyerName,
                    Lines = o.Lines.Select(l => new { l.Title, l.UnitPriceVnd, l.Quantity }).ToList(),
                })
                .ToListAsync(cancellationToken),
        };
        audit.Record("export.my-shop-data", "Shop", shopId, await UnitPathAsync(shopId, cancellationToken), null, new { Orders = data.Orders.Count });
        await db.SaveChangesAsync(cancellationToken);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Indented), "application/json", $"cua-hang-{data.Shop.Slug}.json");
    }

    [HttpPost("close")]
    [Authorize(Policy = Policies.ShopOwner)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RequestClosure(CancellationToken cancellationToken)
    {
        if (await queries.ShopIdAsync(UserId, cancellationToken) is not { } shopId)
        {
            return View("NoShop");
        }

        audit.Record("account.close-request", "Shop", shopId, await UnitPathAsync(shopId, cancellationToken), null, new { RequestedBy = User.Identity?.Name });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Closure"] = "requested";
        return Redirect("/my-shop");
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private Task<string> UnitPathAsync(int shopId, CancellationToken cancellationToken) =>
        db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).FirstAsync(cancellationToken);
}
