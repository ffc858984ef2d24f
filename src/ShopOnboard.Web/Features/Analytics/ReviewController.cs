using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure.Authorization;

namespace ShopOnboard.Web.Features.Analytics;

[Route("review")]
public sealed class ReviewController(UnitOverviewQuery overview, AccessScope scope) : Controller
{
    /// <summary>A reviewer lands on the top unit they cover.</summary>
    [HttpGet("")]
    [Authorize(Policy = Policies.Reviewer)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var unitId = await overview.TopUnitIdAsync(await scope.PathsAsync(User, cancellationToken), cancellationToken);
        return unitId is null ? View("NoScope") : RedirectToAction(nameof(Unit), new { unitId });
    }

    [HttpGet("units/{unitId:int}")]
    [Authorize(Policy = Policies.ReviewUnit)]
    public async Task<IActionResult> Unit(int unitId, CancellationToken cancellationToken)
    {
        var model = await overview.LoadAsync(unitId, await scope.PathsAsync(User, cancellationToken), cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
