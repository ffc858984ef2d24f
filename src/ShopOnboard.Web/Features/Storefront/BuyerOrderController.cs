using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Banks;

namespace ShopOnboard.Web.Features.Storefront;

public sealed record BuyerOrderPage(
    string Code, string ShopName, string ShopSlug, string? ShopPhone, OrderStatus Status, PaymentStatus PaymentStatus, PaymentMethod? PaymentMethod,
    long TotalVnd, IReadOnlyList<OrderLineView> Lines, string? BankName, string? AccountNumber, string? HolderName);

/// <summary>
/// The buyer's page for an order, reached by its code. It shows how to pay by transfer (exact amount and
/// reference) and reloads itself until the bank's webhook marks the order paid. No address or phone here:
/// the code is all a visitor needs to know.
/// </summary>
public sealed class BuyerOrderController(ShopDbContext db, BankDirectory banks) : Controller
{
    [HttpGet("/orders/{code}")]
    [AllowAnonymous]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Code == code && o.Channel == SalesChannel.Storefront)
            .Select(o => new
            {
                o.Code,
                ShopName = o.Shop.Name,
                ShopSlug = o.Shop.Slug,
                ShopPhone = o.Shop.Phone,
                o.Status,
                o.PaymentStatus,
                o.PaymentMethod,
                o.TotalVnd,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Title, l.UnitPriceVnd, l.Quantity)).ToList(),
                Account = db.PaymentAccounts.Where(a => a.ShopId == o.ShopId && a.Status == PaymentAccountStatus.Active)
                    .Select(a => new { a.BankBin, a.AccountNumber, a.HolderName }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        return View("BuyerOrder", new BuyerOrderPage(
            order.Code, order.ShopName, order.ShopSlug, order.ShopPhone, order.Status, order.PaymentStatus, order.PaymentMethod, order.TotalVnd, order.Lines,
            order.Account is null ? null : banks.Find(order.Account.BankBin)?.ShortName ?? order.Account.BankBin,
            order.Account?.AccountNumber,
            order.Account?.HolderName));
    }
}
