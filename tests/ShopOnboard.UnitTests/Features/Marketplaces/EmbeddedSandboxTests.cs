using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ShopOnboard.Web.Features.Marketplaces;

namespace ShopOnboard.UnitTests.Features.Marketplaces;

public class EmbeddedSandboxTests
{
    [Fact]
    public void UrlToHost_DevelopmentDefaults_TheClientsDefaultSandboxAddress() =>
        Assert.Equal("http://127.0.0.1:5090", EmbeddedSandbox.UrlToHost(Environment(Environments.Development), Configuration()));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void UrlToHost_NotDevelopment_Null(string environment) =>
        Assert.Null(EmbeddedSandbox.UrlToHost(Environment(environment), Configuration()));

    [Theory]
    [InlineData("Marketplaces:Shopee:BaseUrl", "https://partner.test-stable.shopeemobile.com")]
    [InlineData("Marketplaces:Sandbox:InProcess", "false")]
    public void UrlToHost_RealHostOrSwitchedOff_Null(string key, string value) =>
        Assert.Null(EmbeddedSandbox.UrlToHost(Environment(Environments.Development), Configuration((key, value))));

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
