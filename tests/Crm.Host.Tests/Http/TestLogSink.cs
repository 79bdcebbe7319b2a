using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Http;

/// <summary>A logger provider that keeps every formatted line with its structured values, for assertions.</summary>
public sealed class TestLogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<TestLogEntry> _entries = new();

    public IReadOnlyCollection<TestLogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<TestLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new TestLogEntry(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}

/// <summary>One captured log line.</summary>
public sealed record TestLogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);
