namespace ShopOnboard.Web.Features.Shops;

public static class ShopsModule
{
    public static WebApplicationBuilder AddShops(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ShopQueries>();
        return builder;
    }
}
