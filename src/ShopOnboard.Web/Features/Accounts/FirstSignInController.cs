using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Security;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Accounts;

/// <summary>
/// A farmer's first sign-in: phone number + the one-time code from the hand-over card, then their own
/// password. Wrong codes count towards the account's lockout like wrong passwords.
/// </summary>
[Route("account/first-sign-in")]
public sealed class FirstSignInController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    OneTimeCodes codes,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [AllowAnonymous]
    public IActionResult Index() => View("FirstSignIn", new FirstSignInForm());

    [HttpPost("")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(AbuseLimits.SignIn)]
    public async Task<IActionResult> Index(FirstSignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("FirstSignIn", form);
        }

        var phone = VietnamesePhone.Normalize(form.Phone);
        var user = phone is null ? null : await users.FindByNameAsync(phone);
        if (user is null || await users.IsLockedOutAsync(user) || !codes.Verify(user, form.Code))
        {
            if (user is not null && !await users.IsLockedOutAsync(user))
            {
                await users.AccessFailedAsync(user);
            }

            ModelState.AddModelError("", user is not null && await users.IsLockedOutAsync(user)
                ? text["Tài khoản tạm khoá do nhập sai nhiều lần. Hãy thử lại sau 15 phút."]
                : text["Số điện thoại hoặc mã không đúng, hoặc mã đã hết hạn. Hãy nhờ tổ công nghệ số cấp mã mới."]);
            return View("FirstSignIn", form);
        }

        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        var set = await users.AddPasswordAsync(user, form.NewPassword);
        if (!set.Succeeded)
        {
            ModelState.AddModelError(nameof(FirstSignInForm.NewPassword), text["Mật khẩu ít nhất 8 ký tự, có ít nhất một chữ số."]);
            return View("FirstSignIn", form);
        }

        OneTimeCodes.Clear(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: true);
        return Redirect("/my-shop/confirm");
    }
}
