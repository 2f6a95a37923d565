namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>Host tests run one at a time: Hangfire keeps some configuration process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlackHostCollection
{
    public const string Name = "slack-host";
}
