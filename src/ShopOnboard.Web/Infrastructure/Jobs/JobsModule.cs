using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire: in-memory storage in the embedded (SQLite) mode, SQL Server storage in production where web
/// and worker nodes share it. Pending work itself lives in the app database, so a lost in-memory queue
/// loses nothing: the recurring sweepers put it back.
/// </summary>
public static class JobsModule
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;

        // The storage is this host's own singleton, not Hangfire's static JobStorage.Current: a process that
        // starts the app twice (the test suite does) must not enqueue into another, stopped host's storage.
        builder.Services.AddSingleton<JobStorage>(_ => DataModule.IsEmbedded(configuration)
            ? new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) })
            : new SqlServerStorage(
                configuration.GetConnectionString("ShopOnboard"),
                new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, SchemaName = "hangfire" }));
        builder.Services.AddHangfire((services, hangfire) => hangfire
            .UseLogProvider(new HangfireLogging(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>()));

        // Web nodes of a scaled-out deployment set Jobs:RunServer=false; tests do too and call jobs directly.
        if (configuration.GetValue("Jobs:RunServer", true))
        {
            builder.Services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount * 2));
        }

        return builder;
    }

    public static WebApplication MapJobs(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        if (app.Configuration.GetValue("Jobs:RunServer", true))
        {
            RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>(), app.Configuration);
        }

        return app;
    }

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
