using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>
/// Opening a shop for a household starts with the farmer's consent: who agreed, how, recorded by whom and
/// when. Without it there is no shop. The new shop then goes through the setup checklist.
/// </summary>
public sealed class OpenShopController(ShopDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/households/{householdId:int}/open-shop")]
    [Authorize(Policy = Policies.ManageHousehold)]
    public async Task<IActionResult> Index(int householdId, CancellationToken cancellationToken)
    {
        var existing = await db.Shops.Where(s => s.HouseholdId == householdId).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Redirect($"/shops/{existing}/setup");
        }

        var head = await db.Households.Where(h => h.Id == householdId).Select(h => h.HeadName).FirstAsync(cancellationToken);
        return View("OpenShop", new OpenShopPage(householdId, new OpenShopForm { ConsentGivenBy = head }));
    }

    [HttpPost("/households/{householdId:int}/open-shop")]
    [Authorize(Policy = Policies.ManageHousehold)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(int householdId, [Bind(Prefix = nameof(OpenShopPage.Form))] OpenShopForm form, CancellationToken cancellationToken)
    {
        var household = await db.Households.Include(h => h.Village).FirstAsync(h => h.Id == householdId, cancellationToken);
        if (await db.Shops.AnyAsync(s => s.HouseholdId == householdId, cancellationToken))
        {
            ModelState.AddModelError("", text["Hộ này đã có cửa hàng số."]);
        }

        if (!form.ConsentConfirmed)
        {
            ModelState.AddModelError("Form.ConsentConfirmed", text["Chỉ mở cửa hàng khi chủ hộ đã đồng ý."]);
        }

        if (!ModelState.IsValid)
        {
            return View("OpenShop", new OpenShopPage(householdId, form));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var team = await db.TeamMembers.Where(m => m.UserId == userId && m.Team.UnitId == household.VillageId).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
        var shop = new Shop
        {
            HouseholdId = householdId,
            VillageId = household.VillageId,
            TeamId = team ?? await db.Teams.Where(t => t.UnitId == household.VillageId).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken),
            Name = form.ShopName.Trim(),
            NameSearch = VietnameseText.Fold(form.ShopName),
            Slug = await ShopSlugs.UniqueAsync(db, form.ShopName, null, cancellationToken),
            Phone = household.Phone,
            Status = ShopStatus.Onboarding,
            CreatedAt = now,
            ConsentGivenBy = form.ConsentGivenBy.Trim(),
            ConsentMethod = form.ConsentMethod,
            ConsentRecordedAt = now,
            ConsentRecordedByUserId = userId,
        };
        db.Shops.Add(shop);
        household.HasDigitalShop = true;
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("shop.consent", "Shop", shop.Id, household.Village.Path, null, new { shop.Name, shop.ConsentGivenBy, ConsentMethod = shop.ConsentMethod.ToString(), At = now });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/shops/{shop.Id}/setup/profile");
    }
}

public sealed class OpenShopForm
{
    [Required(ErrorMessage = "Hãy nhập tên cửa hàng.")]
    [StringLength(120, MinimumLength = 3, ErrorMessage = "Tên cửa hàng từ 3 đến 120 ký tự.")]
    [Display(Name = "Tên cửa hàng")]
    public string ShopName { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên người đồng ý.")]
    [StringLength(120)]
    [Display(Name = "Người đồng ý mở cửa hàng")]
    public string ConsentGivenBy { get; set; } = "";

    [Display(Name = "Cách đồng ý")]
    public ConsentMethod ConsentMethod { get; set; } = ConsentMethod.InPerson;

    [Display(Name = "Chủ hộ đã hiểu và đồng ý mở cửa hàng số, đăng sản phẩm và nhận tiền qua tài khoản của mình")]
    public bool ConsentConfirmed { get; set; }
}

public sealed record OpenShopPage(int HouseholdId, OpenShopForm Form);
