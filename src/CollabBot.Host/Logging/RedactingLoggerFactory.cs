namespace CollabBot.Host.Logging;

/// <summary>
/// The host's logger factory, with every logger it hands out wrapped in a <see cref="RedactingLogger"/>: ASP.NET Core's
/// request logging, HttpClient's, Kestrel's, Hangfire's and ours all pass through it, whichever provider writes the line.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
