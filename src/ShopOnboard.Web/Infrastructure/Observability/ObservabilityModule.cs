using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ShopOnboard.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry traces and metrics sent over OTLP to a collector. Off unless
/// <c>OpenTelemetry:OtlpEndpoint</c> is set: the embedded mode in a district office has no collector, and
/// an exporter retrying into nothing would only cost memory and log noise.
/// </summary>
public static class ObservabilityModule
{
    public const string Section = "OpenTelemetry";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var settings = ObservabilitySettings.FromConfiguration(builder.Configuration);
        if (settings is null)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(settings.ServiceName, serviceInstanceId: Environment.MachineName)
                .AddAttributes(
                [
                    new("deployment.environment.name", builder.Environment.EnvironmentName),
                    // Web and worker nodes run the same image; this tells their telemetry apart.
                    new("shoponboard.jobs.server", builder.Configuration.GetValue("Jobs:RunServer", true)),
                ]))
            .WithTracing(tracing => tracing
                // Probes hit the health endpoints every few seconds per pod: tracing them would drown the rest.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation()
                // Built into .NET itself: GC, thread pool and EF Core counters need no extra package.
                .AddMeter("System.Runtime", "Microsoft.EntityFrameworkCore"))
            .UseOtlpExporter(settings.Protocol, settings.Endpoint);
        return builder;
    }
}

/// <summary>The checked <c>OpenTelemetry:*</c> settings, or null when telemetry is off.</summary>
public sealed record ObservabilitySettings(Uri Endpoint, OtlpExportProtocol Protocol, string ServiceName)
{
    public static ObservabilitySettings? FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(ObservabilityModule.Section);
        var endpointText = section["OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpointText))
        {
            return null;
        }

        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new StartupException(
                $"OpenTelemetry:OtlpEndpoint '{endpointText}' is not an http(s) address, e.g. http://otel-collector:4317. Leave it empty to switch telemetry off.");
        }

        var protocolText = section["Protocol"];
        var protocol = protocolText?.Trim().ToUpperInvariant() switch
        {
            null or "" or "GRPC" => OtlpExportProtocol.Grpc,
            "HTTP/PROTOBUF" or "HTTPPROTOBUF" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new StartupException(
                $"OpenTelemetry:Protocol '{protocolText}' is not known. Use 'grpc' (default, port 4317) or 'http/protobuf' (port 4318)."),
        };
        var serviceName = section["ServiceName"];
        return new ObservabilitySettings(endpoint, protocol, string.IsNullOrWhiteSpace(serviceName) ? "shoponboard" : serviceName.Trim());
    }
}
