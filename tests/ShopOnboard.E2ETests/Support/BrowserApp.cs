using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ShopOnboard.MarketplaceSandbox;

namespace ShopOnboard.E2ETests.Support;

/// <summary>
/// The real app on Kestrel (a real port, a real SQLite file with the demo data) and Debian's Chromium
/// driven by Playwright. Never downloads a browser: CI installs the chromium package.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly AppFactory _factory = new();
    private IPlaywright? _playwright;
    private RunningSandbox? _sandbox;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, to set up what a journey needs (a webhook key) and to check results.</summary>
    public IServiceProvider Services => _factory.Services;


    /// <summary>Where screenshots go: TestResults/screenshots beside the solution, kept as CI artefacts.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(SolutionRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        // The marketplaces' simulator on a port of its own, so journey 1 can connect Shopee and publish to it.
        _sandbox = await SandboxProgram.StartAsync("http://127.0.0.1:0", TimeProvider.System);
        _factory.SandboxUrl = _sandbox.BaseUrl;
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium keeps calling home, and this network refuses it.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await _factory.DisposeAsync();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (own cookies) with a phone-sized or desktop viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 360, int height = 780)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        return await context.NewPageAsync();
    }

    private static string SolutionRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopOnboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    private sealed class AppFactory : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "shoponboard-e2e", Guid.NewGuid().ToString("N"));

        public string SandboxUrl { get; set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ShopOnboard:DataPath", _dataPath);
            // The real Hangfire server (in-memory storage) processes photos in the background, as in `dotnet run`.
            builder.UseSetting("Jobs:RunServer", "true");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Marketplaces:Shopee:BaseUrl", SandboxUrl);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS's temp cleaning.
            }
        }
    }
}

/// <summary>A test that needs Chromium; skipped, with how to install it, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserApp.ChromiumPath))
        {
            Skip = $"Chromium not found at {BrowserApp.ChromiumPath}: install it with 'apt-get install -y chromium' (.ci/run does).";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
