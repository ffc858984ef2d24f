namespace ShopOnboard.Web.Features.MyShop;

public static class MyShopModule
{
    public static WebApplicationBuilder AddMyShop(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MyShopQueries>();
        return builder;
    }
}
