namespace ShopOnboard.Web.Features.DemoData;

public static class DemoDataModule
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }
}
