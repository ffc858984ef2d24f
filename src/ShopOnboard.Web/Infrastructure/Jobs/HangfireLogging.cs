using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ShopOnboard.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider, forwarding to the app's logging. Hangfire keeps its provider in a static, so in
/// a process that hosts the app more than once (the test suite, or <c>migrate</c> followed by a start) a
/// stopped host's disposed logger factory can still be asked for a logger; then this one stays silent
/// instead of failing the job being enqueued.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new ForwardingLog(factory, name);

    private sealed class ForwardingLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
                _ => MsLogLevel.Critical,
            };
            try
            {
                _logger ??= factory.CreateLogger(name);
                if (messageFunc is null || !_logger.IsEnabled(level))
                {
                    return messageFunc is null && _logger.IsEnabled(level);
                }

#pragma warning disable CA1848, CA2254, CA1873 // Hangfire hands over finished messages; IsEnabled is checked above.
                _logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254, CA1873
                return true;
            }
            catch (ObjectDisposedException)
            {
                // The host this provider belonged to has stopped: nothing to log to.
                return false;
            }
        }
    }
}
