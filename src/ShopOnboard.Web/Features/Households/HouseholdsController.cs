using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Households;

/// <summary>The household register of a village: list with funnel, add, view, edit.</summary>
public sealed class HouseholdsController(
    ShopDbContext db,
    VillageQueries queries,
    HouseholdRegister register,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/villages/{unitId:int}")]
    [Authorize(Policy = Policies.WorkInUnit)]
    public async Task<IActionResult> Village(int unitId, string? q, CancellationToken cancellationToken)
    {
        var page = await queries.VillageAsync(unitId, q, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/villages/{unitId:int}/households/new")]
    [Authorize(Policy = Policies.WorkInUnit)]
    public IActionResult New(int unitId) => View("Edit", new HouseholdEditPage(unitId, null, new HouseholdForm()));

    [HttpPost("/villages/{unitId:int}/households/new")]
    [Authorize(Policy = Policies.WorkInUnit)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(int unitId, [Bind(Prefix = nameof(HouseholdEditPage.Form))] HouseholdForm form, CancellationToken cancellationToken)
    {
        await CheckAsync(unitId, form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new HouseholdEditPage(unitId, null, form));
        }

        var household = await register.AddAsync(unitId, form, cancellationToken);
        return RedirectToAction(nameof(Details), new { householdId = household.Id });
    }

    [HttpGet("/households/{householdId:int}")]
    [Authorize(Policy = Policies.ManageHousehold)]
    public async Task<IActionResult> Details(int householdId, CancellationToken cancellationToken)
    {
        var page = await queries.HouseholdAsync(householdId, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/households/{householdId:int}/edit")]
    [Authorize(Policy = Policies.ManageHousehold)]
    public async Task<IActionResult> Edit(int householdId, CancellationToken cancellationToken)
    {
        var household = await db.Households.FindAsync([householdId], cancellationToken);
        return household is null ? NotFound() : View(new HouseholdEditPage(household.VillageId, householdId, HouseholdForm.From(household)));
    }

    [HttpPost("/households/{householdId:int}/edit")]
    [Authorize(Policy = Policies.ManageHousehold)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int householdId, [Bind(Prefix = nameof(HouseholdEditPage.Form))] HouseholdForm form, CancellationToken cancellationToken)
    {
        var household = await db.Households.FindAsync([householdId], cancellationToken);
        if (household is null)
        {
            return NotFound();
        }

        await CheckAsync(household.VillageId, form, householdId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(new HouseholdEditPage(household.VillageId, householdId, form));
        }

        await register.UpdateAsync(household, form, cancellationToken);
        return RedirectToAction(nameof(Details), new { householdId });
    }

    private async Task CheckAsync(int villageId, HouseholdForm form, int? householdId, CancellationToken cancellationToken)
    {
        if (await register.CheckPhoneAsync(villageId, form.Phone, householdId, cancellationToken) is { } error)
        {
            ModelState.AddModelError($"{nameof(HouseholdEditPage.Form)}.{error.Field}", text[error.Message]);
        }
    }
}

public sealed record HouseholdEditPage(int VillageId, int? HouseholdId, HouseholdForm Form);
