using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ShopOnboard.Web.Infrastructure.Localization;

public static class LocalizationModule
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static WebApplicationBuilder AddLocalizationVietnameseFirst(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese, English];
            options.SupportedUICultures = [Vietnamese, English];
            // A choice made with the language switch (cookie) wins; the browser's language does not,
            // because many village phones are set to English while their owners read Vietnamese.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }
}
