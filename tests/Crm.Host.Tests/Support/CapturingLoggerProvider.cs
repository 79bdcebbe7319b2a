using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Support;

/// <summary>Keeps warnings and errors in memory so tests can check what was logged and with which values.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception,
                values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Values);
