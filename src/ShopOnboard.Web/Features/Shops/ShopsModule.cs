namespace ShopOnboard.Web.Features.Shops;

public static class ShopsModule
{
    public static WebApplicationBuilder AddShops(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ShopQueries>();
        builder.Services.AddSingleton<Payments.Banks.BankDirectory>();
        builder.Services.AddScoped<Payments.PaymentAccountChanges>();
        return builder;
    }
}
