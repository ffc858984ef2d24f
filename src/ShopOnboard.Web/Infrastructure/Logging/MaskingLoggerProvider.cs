using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShopOnboard.Web.Infrastructure.Logging;

/// <summary>
/// Wraps every logger provider of the app (the JSON console outside Development, the simple console inside)
/// so that what reaches them has phone and account numbers masked by <see cref="PersonalNumberMask"/>. Done
/// at the provider, not at each call site, so a new log line cannot forget it.
/// </summary>
public sealed class MaskingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILoggerProvider Inner => inner;

    public ILogger CreateLogger(string categoryName) => new MaskingLogger(inner.CreateLogger(categoryName));

    // Scopes go through unchanged: the console loggers are configured without them (IncludeScopes off).
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose() => inner.Dispose();

    private sealed class MaskingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var masked = MaskedLogState.From(state, exception, formatter);
            inner.Log(logLevel, eventId, masked, exception is null ? null : new MaskedException(exception), static (s, _) => s.ToString());
        }
    }
}

public static class MaskingLoggingExtensions
{
    /// <summary>Call after the providers are added: each registered provider is replaced by its masked wrapper.</summary>
    public static ILoggingBuilder MaskPersonalNumbers(this ILoggingBuilder logging)
    {
        var providers = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && !d.IsKeyedService).ToList();
        foreach (var descriptor in providers)
        {
            logging.Services.Remove(descriptor);
            logging.Services.Add(ServiceDescriptor.Singleton<ILoggerProvider>(services => new MaskingLoggerProvider(Create(services, descriptor))));
        }

        return logging;
    }

    private static ILoggerProvider Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
