using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Orders;

/// <summary>An order that came by phone or Zalo, written down by the farmer or a team member (channel "manual").</summary>
[Route("shops/{shopId:int}/orders/new")]
public sealed class ManualOrderController(ShopDbContext db, OrderPlacement placement, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken) =>
        View("ManualOrder", new ManualOrderPage(shopId, await ProductsAsync(shopId, cancellationToken), new ManualOrderForm()));

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Place(int shopId, [Bind(Prefix = nameof(ManualOrderPage.Form))] ManualOrderForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await placement.PlaceAsync(
                shopId,
                SalesChannel.Manual,
                form.Lines.Where(l => l.ListingId is not null).Select(l => new OrderLineRequest(l.ListingId!.Value, l.Quantity)).ToList(),
                new BuyerDetails(form.BuyerName, form.BuyerPhone, form.Address, form.Note),
                form.Payment,
                cancellationToken);
            if (result.Order is not null)
            {
                return Redirect($"/shops/{shopId}/orders/{result.Order.Id}");
            }

            foreach (var problem in result.Errors)
            {
                ModelState.AddModelError("", text[problem.Message, problem.Args]);
            }
        }

        return View("ManualOrder", new ManualOrderPage(shopId, await ProductsAsync(shopId, cancellationToken), form));
    }

    private Task<List<(int Id, string Title, long PriceVnd, string Unit)>> ProductsAsync(int shopId, CancellationToken cancellationToken) =>
        db.Listings.Where(l => l.ShopId == shopId && l.Status == ListingStatus.Active).OrderBy(l => l.Title)
            .Select(l => new ValueTuple<int, string, long, string>(l.Id, l.Title, l.PriceVnd, l.Unit)).ToListAsync(cancellationToken);
}

public sealed class ManualOrderForm
{
    [Required(ErrorMessage = "Hãy nhập họ tên người nhận.")]
    [StringLength(120)]
    [Display(Name = "Người mua")]
    public string BuyerName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập số điện thoại.")]
    [StringLength(20)]
    [Display(Name = "Số điện thoại")]
    public string BuyerPhone { get; set; } = "";

    [StringLength(300)]
    [Display(Name = "Địa chỉ nhận hàng")]
    public string? Address { get; set; }

    [StringLength(500)]
    [Display(Name = "Ghi chú cho người bán")]
    public string? Note { get; set; }

    [Display(Name = "Cách thanh toán")]
    public PaymentMethod Payment { get; set; } = PaymentMethod.Cash;

    public List<ManualOrderLine> Lines { get; set; } = [.. Enumerable.Range(0, 3).Select(_ => new ManualOrderLine())];
}

public sealed class ManualOrderLine
{
    public int? ListingId { get; set; }

    public int Quantity { get; set; } = 1;
}

public sealed record ManualOrderPage(int ShopId, IReadOnlyList<(int Id, string Title, long PriceVnd, string Unit)> Products, ManualOrderForm Form);
