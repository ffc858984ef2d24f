using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Orders;

/// <summary>One order list per shop for every channel, each order's page with its next steps, the packing slip.</summary>
[Route("shops/{shopId:int}/orders")]
public sealed class OrdersController(OrderQueries queries, OrderWorkflow workflow, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, OrderStatus? status, CancellationToken cancellationToken) =>
        View("Orders", await queries.ListAsync(shopId, status, cancellationToken));

    [HttpGet("{orderId:int}")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Details(int shopId, int orderId, CancellationToken cancellationToken)
    {
        var order = await queries.DetailsAsync(shopId, orderId, cancellationToken);
        return order is null ? NotFound() : View("Order", order);
    }

    [HttpGet("{orderId:int}/slip")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Slip(int shopId, int orderId, CancellationToken cancellationToken)
    {
        var order = await queries.DetailsAsync(shopId, orderId, cancellationToken);
        return order is null ? NotFound() : View("Slip", order);
    }

    [HttpPost("{orderId:int}/status")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(int shopId, int orderId, OrderStatus to, CancellationToken cancellationToken)
    {
        if (await workflow.MoveAsync(shopId, orderId, to, cancellationToken) is { } problem)
        {
            TempData["OrderProblem"] = text[problem.Message, problem.Args].Value;
        }

        return Redirect($"/shops/{shopId}/orders/{orderId}");
    }

    [HttpPost("{orderId:int}/payment")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Pay(int shopId, int orderId, PaymentStatus to, CancellationToken cancellationToken)
    {
        if (await workflow.SetPaymentAsync(shopId, orderId, to, cancellationToken) is { } problem)
        {
            TempData["OrderProblem"] = text[problem.Message, problem.Args].Value;
        }

        return Redirect($"/shops/{shopId}/orders/{orderId}");
    }
}
