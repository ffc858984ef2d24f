using ShopOnboard.MarketplaceSandbox;
using ShopOnboard.Web.Features.Marketplaces.Shopee;

namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// In Development, `dotnet run --project src/ShopOnboard.Web` also starts the marketplace sandbox on the
/// loopback address the clients are configured with, so the offline demo of marketplace sync needs no
/// second command. Never outside Development (and Production refuses a loopback marketplace URL anyway,
/// see <see cref="MarketplacesModule"/>); off with <c>Marketplaces:Sandbox:InProcess=false</c>, e.g. when
/// the standalone sandbox (`dotnet run --project src/ShopOnboard.MarketplaceSandbox`) runs instead.
/// </summary>
public static partial class EmbeddedSandbox
{
    public const string InProcessSetting = "Marketplaces:Sandbox:InProcess";

    public static WebApplicationBuilder AddEmbeddedSandbox(this WebApplicationBuilder builder)
    {
        if (UrlToHost(builder.Environment, builder.Configuration) is { } url)
        {
            builder.Services.AddHostedService(services => new SandboxHost(url, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<SandboxHost>>()));
        }

        return builder;
    }

    /// <summary>The sandbox address to listen on, or null when this app must not host one.</summary>
    public static string? UrlToHost(IHostEnvironment environment, IConfiguration configuration)
    {
        var url = configuration[$"{ShopeeOptions.Section}:{nameof(ShopeeOptions.BaseUrl)}"] ?? ShopeeOptions.SandboxBaseUrl;
        return environment.IsDevelopment()
            && configuration.GetValue(InProcessSetting, true)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri) && MarketplacesModule.IsSandbox(uri)
            ? url
            : null;
    }

    internal sealed partial class SandboxHost(string url, TimeProvider clock, ILogger<SandboxHost> logger) : IHostedService
    {
        private RunningSandbox? _sandbox;

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                _sandbox = await SandboxProgram.StartAsync(url, clock);
                LogListening(logger, _sandbox.BaseUrl);
            }
            catch (IOException problem)
            {
                // Most often the standalone sandbox already listens there: the app uses that one instead.
                LogNotStarted(logger, url, problem.Message);
            }
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            if (_sandbox is not null)
            {
                await _sandbox.DisposeAsync();
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Marketplace sandbox running in-process on {Url}")]
        private static partial void LogListening(ILogger logger, string url);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Marketplace sandbox not started on {Url} ({Reason}); is another one already listening there?")]
        private static partial void LogNotStarted(ILogger logger, string url, string reason);
    }
}
