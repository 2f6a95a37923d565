using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CollabBot.Testing;

/// <summary>
/// Every log line the host writes, at every level: the message, each value of its state and every scope around it, as a
/// console or JSON formatter would write them.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { $"{logLevel} {category}: {formatter(state, exception)} {exception}" };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner._scopes.ForEachScope((scope, all) =>
            {
                all.Add($"scope: {scope}");
                if (scope is IEnumerable<KeyValuePair<string, object?>> scoped)
                {
                    all.AddRange(scoped.Select(v => $"scope {v.Key}={v.Value}"));
                }
            }, parts);
            owner._lines.Enqueue(string.Join(" | ", parts));
        }
    }
}
