namespace CollabBot.Host.Tests;

/// <summary>Host tests run one at a time: Hangfire keeps some configuration process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
