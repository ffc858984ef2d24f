using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Infrastructure;

/// <summary>The settings a scaled-out deployment gives its nodes (infra/compose.yaml, infra/k8s).</summary>
public class ScaledOutNodeTests
{
    private sealed class WebNode : ShopOnboardFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Jobs:RunServer", "false")];
    }

    private sealed class TracedNode : ShopOnboardFactory
    {
        // Nothing listens there: an unreachable collector must cost the app nothing but dropped batches.
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:9")];
    }

    [Fact]
    public async Task Enqueue_WebNodeWithoutJobServer_JobWaitsInStorageForAWorker()
    {
        await using var app = new WebNode();

        var id = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("from a web node"));

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s.GetType().Name.Contains("BackgroundJobServer", StringComparison.Ordinal));
        Assert.Equal(EnqueuedState.StateName, connection.GetStateData(id)?.Name);
    }

    [Fact]
    public async Task Start_WithoutOtlpEndpoint_NoTelemetryProviders()
    {
        await using var app = new WebNode();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Start_WithOtlpEndpoint_TracesAndMetricsAndStillServes()
    {
        await using var app = new TracedNode();

        var response = await app.CreateBrowser().GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }
}
