namespace CollabBot.Host.Logging;

/// <summary>Passes every log line and scope on with <see cref="LogRedaction"/> applied to its message and its values.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        RedactedState.Of(state.ToString() ?? "", state) is { } redacted ? inner.BeginScope(redacted) : inner.BeginScope(state);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        if (RedactedState.Of(formatter(state, exception), state) is { } redacted)
        {
            inner.Log(logLevel, eventId, redacted, exception, static (s, _) => s.Message);
        }
        else
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
