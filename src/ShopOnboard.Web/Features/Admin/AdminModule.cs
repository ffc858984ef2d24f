namespace ShopOnboard.Web.Features.Admin;

public static class AdminModule
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAccess>();
        return builder;
    }
}
