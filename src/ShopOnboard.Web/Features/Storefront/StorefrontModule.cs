namespace ShopOnboard.Web.Features.Storefront;

public static class StorefrontModule
{
    public static WebApplicationBuilder AddStorefront(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StorefrontQueries>();
        return builder;
    }
}
