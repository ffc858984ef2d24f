using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;
using ShopOnboard.Web.Features.Admin;
using ShopOnboard.Web.Features.Analytics;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.DemoData;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Marketplaces;
using ShopOnboard.Web.Features.Marketplaces.Exports;
using ShopOnboard.Web.Features.MyShop;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Features.Storefront;
using ShopOnboard.Web.Features.Teams;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Jobs;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Observability;
using ShopOnboard.Web.Infrastructure.Security;
using ShopOnboard.Web.Infrastructure.Web;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddWebPlatform();
    builder.AddObservability();
    builder.AddLocalizationVietnameseFirst();
    builder.AddData();
    builder.AddAccounts();
    builder.AddAuthorizationPolicies();
    builder.AddAbuseLimits();
    builder.AddJobs();
    builder.AddAudit();
    builder.AddAdmin();
    builder.AddDemoData();
    builder.AddHouseholds();
    builder.AddTeams();
    builder.AddShops();
    builder.AddPayments();
    builder.AddListings();
    builder.AddPhotos();
    builder.AddMyShop();
    builder.AddOrders();
    builder.AddStorefront();
    builder.AddAnalytics();
    builder.AddMarketplaces();
    builder.AddMarketplaceExports();
    builder.AddEmbeddedSandbox();

    var app = builder.Build();
    if (args.Contains("migrate"))
    {
        await app.RunMigrateCommandAsync();
        return 0;
    }

    await app.PrepareDatabaseAsync();
    app.UseWebPlatform();
    app.MapJobs();
    await app.RunAsync();
    return 0;
}
catch (StartupException problem)
{
    // A configuration mistake: one clear line for the operator, no stack trace.
    Console.Error.WriteLine($"ShopOnboard cannot start: {problem.Message}");
    return 1;
}

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
