using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    [AllowAnonymous]
    public IActionResult Index() => View();

    /// <summary>
    /// The language switch in the footer, remembered for a year in a cookie. A plain link: it changes only a
    /// display preference, and keeps public pages free of anti-forgery tokens so they can be cached.
    /// </summary>
    [HttpGet("/culture")]
    [AllowAnonymous]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        var chosen = culture == LocalizationModule.English.Name ? LocalizationModule.English : LocalizationModule.Vietnamese;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>Friendly page for 404, 403 and other status codes without a body.</summary>
    [Route("/status/{code:int}")]
    [AllowAnonymous]
    public IActionResult Status(int code) => View(code);

    [Route("/error")]
    [AllowAnonymous]
    [ResponseCache(NoStore = true)]
    public IActionResult Error() => View();
}
