using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>Collects log lines (level and message) so tests can check what an admin would read.</summary>
internal sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
