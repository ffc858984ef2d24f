using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Security;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Accounts;

[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(AbuseLimits.SignIn)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await FindByLoginAsync(form.Login);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        // One message for a wrong name and a wrong password: do not tell strangers which accounts exist.
        ModelState.AddModelError("", result.IsLockedOut
            ? text["Tài khoản tạm khoá do nhập sai nhiều lần. Hãy thử lại sau 15 phút."]
            : text["Tên đăng nhập hoặc mật khẩu không đúng."]);
        return View(form);
    }

    [HttpPost("sign-out")]
    [Authorize(Policy = Policies.SignedIn)]
    [ValidateAntiForgeryToken]
    public new async Task<IActionResult> SignOut()
    {
        await signInManager.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied() => View();

    /// <summary>Team members sign in by user name; farmers usually by the phone number they were given.</summary>
    private async Task<AppUser?> FindByLoginAsync(string login)
    {
        var byName = await userManager.FindByNameAsync(login.Trim());
        if (byName is not null)
        {
            return byName;
        }

        var phone = VietnamesePhone.Normalize(login);
        return phone is null ? null : await userManager.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phone);
    }
}
