namespace ShopOnboard.Web.Features.Households;

public static class HouseholdsModule
{
    public static WebApplicationBuilder AddHouseholds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<VillageQueries>();
        builder.Services.AddScoped<HouseholdRegister>();
        builder.Services.AddScoped<HouseholdImport>();
        return builder;
    }
}
