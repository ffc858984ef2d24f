using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Households;

/// <summary>The visit log: what a team member did at a household. Visits are the training records.</summary>
public sealed class VisitsController(ShopDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/households/{householdId:int}/visits/new")]
    [Authorize(Policy = Policies.ManageHousehold)]
    public IActionResult New(int householdId) =>
        View("Visit", new VisitPage(householdId, new VisitForm { VisitedOn = VietnamTime.Today(clock) }));

    [HttpPost("/households/{householdId:int}/visits/new")]
    [Authorize(Policy = Policies.ManageHousehold)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(int householdId, [Bind(Prefix = nameof(VisitPage.Form))] VisitForm form, CancellationToken cancellationToken)
    {
        var household = await db.Households.FindAsync([householdId], cancellationToken);
        if (household is null)
        {
            return NotFound();
        }

        var today = VietnamTime.Today(clock);
        if (form.VisitedOn > today || form.VisitedOn < today.AddYears(-1))
        {
            ModelState.AddModelError("Form.VisitedOn", text["Ngày thăm phải trong vòng một năm qua, không sau hôm nay."]);
        }

        var activities = form.Activities.Aggregate(VisitActivities.None, (all, one) => all | one);
        if (activities == VisitActivities.None)
        {
            ModelState.AddModelError("Form.Activities", text["Hãy chọn ít nhất một việc đã làm."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Visit", new VisitPage(householdId, form));
        }

        db.Visits.Add(new Visit
        {
            HouseholdId = householdId,
            UserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
            VisitedOn = form.VisitedOn,
            Activities = activities,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        household.IsTrained |= activities.IsTraining();
        household.HasEPaymentAccount |= activities.HasFlag(VisitActivities.OpenedEPaymentAccount);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/households/{householdId}");
    }
}

public sealed class VisitForm
{
    [Display(Name = "Ngày thăm")]
    [DataType(DataType.Date)]
    public DateOnly VisitedOn { get; set; }

    public List<VisitActivities> Activities { get; set; } = [];

    [StringLength(1000, ErrorMessage = "Ghi chú tối đa 1000 ký tự.")]
    [Display(Name = "Ghi chú")]
    public string? Note { get; set; }
}

public sealed record VisitPage(int HouseholdId, VisitForm Form);
