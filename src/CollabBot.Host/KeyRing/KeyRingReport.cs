namespace CollabBot.Host.KeyRing;

/// <summary>Says at start-up, outside Development, that the key ring is stored unencrypted (no certificate configured).</summary>
internal sealed partial class KeyRingReport(IHostEnvironment environment, ILogger<KeyRingReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            LogUnencrypted();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning,
        "The Data Protection key ring is stored unencrypted in the database (DataProtection:CertificatePath is not set): "
        + "anyone with a copy of the database can read stored Slack tokens and make signed links. See docs/operations.md, \"Key ring\".")]
    private partial void LogUnencrypted();
}
