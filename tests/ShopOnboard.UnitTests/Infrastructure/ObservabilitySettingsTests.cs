using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Observability;

namespace ShopOnboard.UnitTests.Infrastructure;

public class ObservabilitySettingsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromConfiguration_NoEndpoint_Off(string? endpoint)
    {
        Assert.Null(ObservabilitySettings.FromConfiguration(Configuration(("OpenTelemetry:OtlpEndpoint", endpoint))));
    }

    [Fact]
    public void FromConfiguration_Endpoint_GrpcAndDefaultServiceName()
    {
        var settings = ObservabilitySettings.FromConfiguration(Configuration(("OpenTelemetry:OtlpEndpoint", "http://collector:4317")));

        Assert.NotNull(settings);
        Assert.Equal(OtlpExportProtocol.Grpc, settings.Protocol);
        Assert.Equal("shoponboard", settings.ServiceName);
    }

    [Fact]
    public void FromConfiguration_HttpProtobuf_Chosen()
    {
        var settings = ObservabilitySettings.FromConfiguration(Configuration(
            ("OpenTelemetry:OtlpEndpoint", "http://collector:4318"), ("OpenTelemetry:Protocol", "http/protobuf")));

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, settings?.Protocol);
    }

    [Theory]
    [InlineData("collector:4317", null, "OtlpEndpoint")]
    [InlineData("http://collector:4317", "udp", "Protocol 'udp'")]
    public void FromConfiguration_Mistake_OneClearMessage(string endpoint, string? protocol, string expected)
    {
        var problem = Assert.Throws<StartupException>(() => ObservabilitySettings.FromConfiguration(Configuration(
            ("OpenTelemetry:OtlpEndpoint", endpoint), ("OpenTelemetry:Protocol", protocol))));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
