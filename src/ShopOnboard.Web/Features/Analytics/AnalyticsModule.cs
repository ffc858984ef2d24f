namespace ShopOnboard.Web.Features.Analytics;

public static class AnalyticsModule
{
    public static WebApplicationBuilder AddAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UnitOverviewQuery>();
        builder.Services.AddScoped<DailyStatsReconciliation>();
        builder.Services.AddScoped<ShopRevenueQuery>();
        return builder;
    }
}
