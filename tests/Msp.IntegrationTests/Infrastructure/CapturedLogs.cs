using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>Every log line of a host (message and exception) from its creation until it is disposed.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private volatile bool _capturing = true;

    public CapturedLogs(ILoggerFactory factory) => factory.AddProvider(this);

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>A provider cannot be taken out of the factory again; it stops listening instead.</summary>
    public void Dispose() => _capturing = false;

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logs._capturing)
            {
                logs.Lines.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }
    }
}
