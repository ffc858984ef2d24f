namespace ShopOnboard.Web.Features.Marketplaces.Exports;

public static class MarketplaceExportsModule
{
    public static WebApplicationBuilder AddMarketplaceExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BulkUploadExport>();
        return builder;
    }
}
