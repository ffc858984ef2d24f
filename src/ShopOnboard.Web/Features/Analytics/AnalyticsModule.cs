namespace ShopOnboard.Web.Features.Analytics;

public static class AnalyticsModule
{
    public static WebApplicationBuilder AddAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UnitOverviewQuery>();
        builder.Services.AddScoped<SalesRollupReconciliation>();
        builder.Services.AddScoped<Snapshots.SnapshotRefresh>();
        builder.Services.AddScoped<ShopRevenueQuery>();
        builder.Services.Configure<Dashboard.DashboardTargets>(builder.Configuration.GetSection("Analytics:Targets"));
        builder.Services.AddScoped<Dashboard.UnitGrowthQuery>();
        builder.Services.AddScoped<Dashboard.OnboardingQuery>();
        builder.Services.AddScoped<Dashboard.MinistryMetricsQuery>();
        builder.Services.AddScoped<Dashboard.MetricsExport>();
        return builder;
    }
}
