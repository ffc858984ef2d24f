using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Payments.Qr;

/// <param name="Slug">The shop's address, when it is open to buyers (for the QR that opens the shop).</param>
public sealed record PosterPage(int ShopId, string ShopName, string? BankShortName, string? HolderName, string? AccountNumber, string? Slug);

/// <summary>
/// The VietQR pictures buyers scan, and the poster a team member prints for the farmer's stall. Only an
/// account the owner confirmed is ever drawn: an unconfirmed one may be a typo, or someone else's.
/// </summary>
public sealed partial class VietQrController(ShopDbContext db, BankDirectory banks, ILogger<VietQrController> logger) : Controller
{
    [HttpGet("/shops/{shopId:int}/qr.png")]
    [AllowAnonymous]
    public async Task<IActionResult> ShopPng(int shopId, CancellationToken cancellationToken)
    {
        var payload = await ShopPayloadAsync(shopId, cancellationToken);
        return payload is null ? NotFound() : Image(VietQrImages.Png(payload), "image/png", shared: true);
    }

    [HttpGet("/shops/{shopId:int}/qr.svg")]
    [AllowAnonymous]
    public async Task<IActionResult> ShopSvg(int shopId, CancellationToken cancellationToken)
    {
        var payload = await ShopPayloadAsync(shopId, cancellationToken);
        return payload is null ? NotFound() : Image(System.Text.Encoding.UTF8.GetBytes(VietQrImages.Svg(payload)), "image/svg+xml", shared: true);
    }

    /// <summary>The order code is the capability, as on the buyer's order page that shows this picture.</summary>
    [HttpGet("/orders/{code}/qr.png")]
    [AllowAnonymous]
    public async Task<IActionResult> OrderPng(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Code == normalized, cancellationToken);
        if (order is null || order.TotalVnd < 1)
        {
            return NotFound();
        }

        var account = await ActiveAccountAsync(order.ShopId, cancellationToken);
        var payload = account is null ? null : Encode(() => VietQrImages.OrderPayload(account, order), account);
        // Private: the picture carries the order's amount, which is nobody else's business.
        return payload is null ? NotFound() : Image(VietQrImages.Png(payload), "image/png", shared: false);
    }

    [HttpGet("/shops/{shopId:int}/poster")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Poster(int shopId, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.Where(s => s.Id == shopId).Select(s => new { s.Name, s.Slug, s.Status }).FirstAsync(cancellationToken);
        var account = await ActiveAccountAsync(shopId, cancellationToken);
        return View("Poster", new PosterPage(
            shopId,
            shop.Name,
            account is null ? null : banks.Find(account.BankBin)?.ShortName ?? account.BankBin,
            account?.HolderName,
            account?.AccountNumber,
            shop.Status == Shops.ShopStatus.Active ? shop.Slug : null));
    }

    private Task<PaymentAccount?> ActiveAccountAsync(int shopId, CancellationToken cancellationToken) =>
        db.PaymentAccounts.AsNoTracking()
            .Where(a => a.ShopId == shopId && a.Status == PaymentAccountStatus.Active)
            .OrderByDescending(a => a.ConfirmedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<string?> ShopPayloadAsync(int shopId, CancellationToken cancellationToken)
    {
        var account = await ActiveAccountAsync(shopId, cancellationToken);
        return account is null ? null : Encode(() => VietQrImages.ShopPayload(account), account);
    }

    /// <summary>An account saved before today's validation rules may not encode; that is "no code", not a crash.</summary>
    private string? Encode(Func<string> encode, PaymentAccount account)
    {
        try
        {
            return encode();
        }
        catch (ArgumentException problem)
        {
            LogUnencodable(logger, account.Id, problem.Message);
            return null;
        }
    }

    private FileContentResult Image(byte[] bytes, string contentType, bool shared)
    {
        // Short caching: a replaced account must stop being scanned soon after the owner confirms the new one.
        Response.Headers.CacheControl = shared ? "public, max-age=300" : "private, max-age=300";
        return File(bytes, contentType);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment account {AccountId} cannot be encoded as VietQR: {Reason}")]
    private static partial void LogUnencodable(ILogger logger, int accountId, string reason);
}
