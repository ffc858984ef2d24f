using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Marketplaces.Exports;

/// <summary>
/// "Xuất file cho Postmart / Voso": the marketplaces without a seller API get the shop's listings as a zip
/// the team member uploads in the platform's seller centre. Audited like every other export.
/// </summary>
[Route("shops/{shopId:int}/marketplaces/exports")]
public sealed class MarketplaceExportsController(BulkUploadExport export, AuditLog audit, ShopDbContext db) : Controller
{
    public const string NothingToExport = "Cửa hàng chưa có sản phẩm đang bán để xuất.";

    [HttpGet("postmart.zip")]
    [Authorize(Policy = Policies.ManageShop)]
    public Task<IActionResult> Postmart(int shopId, CancellationToken cancellationToken) =>
        ExportAsync(shopId, BulkUploadLayouts.Postmart, cancellationToken);

    [HttpGet("voso.zip")]
    [Authorize(Policy = Policies.ManageShop)]
    public Task<IActionResult> Voso(int shopId, CancellationToken cancellationToken) =>
        ExportAsync(shopId, BulkUploadLayouts.Voso, cancellationToken);

    private async Task<IActionResult> ExportAsync(int shopId, BulkUploadLayout layout, CancellationToken cancellationToken)
    {
        var unitPath = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).FirstOrDefaultAsync(cancellationToken);
        if (unitPath is null)
        {
            return NotFound();
        }

        var package = await export.WriteAsync(shopId, layout, cancellationToken);
        if (package.Listings == 0)
        {
            await package.Content.DisposeAsync();
            TempData["marketplaces.error"] = NothingToExport;
            return Redirect($"/shops/{shopId}/marketplaces");
        }

        audit.Record("export.marketplace-listings", "Shop", shopId, unitPath, null, new { layout.Platform, package.Listings, package.Photos });
        await db.SaveChangesAsync(cancellationToken);
        return File(package.Content, "application/zip", $"{layout.FileStem}-cua-hang-{shopId}.zip");
    }
}
