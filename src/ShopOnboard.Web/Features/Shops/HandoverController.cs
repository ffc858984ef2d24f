using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>
/// Hand-over: the team member creates the farmer's ShopOwner account (the phone number is the login) and
/// gets a one-time code to read out or print. Issuing again replaces the code.
/// </summary>
[Route("shops/{shopId:int}/handover")]
public sealed class HandoverController(
    ShopDbContext db,
    UserManager<AppUser> users,
    OneTimeCodes codes,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    [Authorize(Policy = Policies.TeamMember)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.Include(s => s.OwnerUser).FirstAsync(s => s.Id == shopId, cancellationToken);
        return View("Handover", new HandoverPage(shopId, shop.Name, new HandoverForm { Phone = shop.OwnerUser?.PhoneNumber ?? shop.Phone ?? "" }, null, shop.OwnerUser is not null));
    }

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [Authorize(Policy = Policies.TeamMember)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Issue(int shopId, [Bind(Prefix = nameof(HandoverPage.Form))] HandoverForm form, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.Include(s => s.OwnerUser).Include(s => s.Household).Include(s => s.Village).FirstAsync(s => s.Id == shopId, cancellationToken);
        var phone = VietnamesePhone.Normalize(form.Phone);
        if (phone is null)
        {
            ModelState.AddModelError("Form.Phone", text["Số điện thoại phải là số di động 10 chữ số, ví dụ 0912 345 678."]);
        }
        else if (shop.OwnerUser is null && await users.FindByNameAsync(phone) is not null)
        {
            ModelState.AddModelError("Form.Phone", text["Số điện thoại này đã có tài khoản khác. Hãy dùng số khác hoặc liên hệ quản trị viên."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Handover", new HandoverPage(shopId, shop.Name, form, null, shop.OwnerUser is not null));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var owner = shop.OwnerUser;
        if (owner is null)
        {
            owner = new AppUser { UserName = phone, PhoneNumber = phone, FullName = shop.Household.HeadName, CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true };
            var created = await users.CreateAsync(owner);
            if (!created.Succeeded)
            {
                ModelState.AddModelError("", string.Join(" ", created.Errors.Select(e => e.Description)));
                return View("Handover", new HandoverPage(shopId, shop.Name, form, null, false));
            }

            await users.AddToRoleAsync(owner, Roles.ShopOwner);
            shop.OwnerUserId = owner.Id;
        }

        var code = codes.Issue(owner);
        await users.UpdateAsync(owner);
        audit.Record("shop.handover", "Shop", shopId, shop.Village.Path, null, new { OwnerUserName = owner.UserName });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View("Handover", new HandoverPage(shopId, shop.Name, form, code, true));
    }
}

public sealed class HandoverForm
{
    [Required(ErrorMessage = "Hãy nhập số điện thoại của chủ hộ.")]
    [StringLength(20)]
    [Display(Name = "Số điện thoại của chủ hộ (dùng để đăng nhập)")]
    public string Phone { get; set; } = "";
}

public sealed record HandoverPage(int ShopId, string ShopName, HandoverForm Form, string? Code, bool HasOwner);
