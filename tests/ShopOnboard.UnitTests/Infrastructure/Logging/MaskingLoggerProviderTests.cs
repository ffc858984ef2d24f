using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using ShopOnboard.Web.Infrastructure.Logging;
using ShopOnboard.Web.Infrastructure.Web;

namespace ShopOnboard.UnitTests.Infrastructure.Logging;

// The tests call the ILogger extension methods on purpose: that is the other state shape (FormattedLogValues) call sites produce.
#pragma warning disable CA1848, CA1873

public partial class MaskingLoggerProviderTests
{
    [Fact]
    public void Log_PhoneInTemplateValue_MaskedInMessageAndState()
    {
        var (logger, written) = JsonLogger();

        logger.LogInformation("Sign-in code sent to {Phone} for order {OrderCode}, total {TotalVnd}", "0912345678", "DH12345678", 1_500_000L);

        var line = written.ToString();
        Assert.DoesNotContain("0912345678", line, StringComparison.Ordinal);
        Assert.Contains("Sign-in code sent to *******678 for order DH12345678, total 1500000", line, StringComparison.Ordinal);
        Assert.Contains("\"Phone\":\"*******678\"", line, StringComparison.Ordinal);
        Assert.Contains("\"TotalVnd\":1500000", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_SourceGeneratedMessageWithAccount_AccountMaskedIdsKept()
    {
        var (logger, written) = JsonLogger();

        LogAccountChanged(logger, 42, "1012345678", "92704123");

        var line = written.ToString();
        Assert.DoesNotContain("1012345678", line, StringComparison.Ordinal);
        Assert.Contains("Account 42 now ******5678 (transfer 92704123)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_InterpolatedTextAndException_Masked()
    {
        var (logger, written) = JsonLogger();
        var phone = "0387654321";

#pragma warning disable CA2254 // The point of this test: a careless interpolated message is masked too.
        logger.LogError(new InvalidOperationException($"no shop for {phone}"), $"lookup of {phone} failed");
#pragma warning restore CA2254

        var line = written.ToString();
        Assert.DoesNotContain(phone, line, StringComparison.Ordinal);
        Assert.Contains("lookup of *******321 failed", line, StringComparison.Ordinal);
        Assert.Contains("no shop for *******321", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public void AddWebPlatform_AnyEnvironment_EveryLoggerProviderMasks(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.AddWebPlatform();
        using var services = builder.Services.BuildServiceProvider();

        var providers = services.GetServices<ILoggerProvider>().ToList();

        Assert.NotEmpty(providers);
        Assert.All(providers, p => Assert.IsType<ConsoleLoggerProvider>(Assert.IsType<MaskingLoggerProvider>(p).Inner));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {PaymentAccountId} now {AccountNumber} (transfer {TransactionId})")]
    private static partial void LogAccountChanged(ILogger logger, int paymentAccountId, string accountNumber, string transactionId);

    /// <summary>The app's JSON console formatter, written synchronously into a string behind the masking provider.</summary>
    private static (ILogger Logger, StringWriter Written) JsonLogger()
    {
        var services = new ServiceCollection().AddLogging(l => l.AddJsonConsole()).BuildServiceProvider();
        var json = services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        var written = new StringWriter();
        var provider = new MaskingLoggerProvider(new FormatterProvider(json, written));
        return (provider.CreateLogger("Test"), written);
    }

    private sealed class FormatterProvider(ConsoleFormatter formatter, TextWriter output) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Test", eventId, state, exception, format), new LoggerExternalScopeProvider(), output);

        public void Dispose()
        {
        }
    }
}
