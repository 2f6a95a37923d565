namespace CollabBot.Channels.Slack.WebApi;

/// <summary>What a call is paced and paused by (PROTOCOLS.md §3.2): per channel for chat.*, per method otherwise.</summary>
public sealed record RateKey(string Key, TimeSpan Interval)
{
    /// <summary>chat.postMessage and friends: one key per workspace channel, paced at <paramref name="interval"/>.</summary>
    public static RateKey Channel(string teamId, string channelId, TimeSpan interval) => new($"chat:{teamId}:{channelId}", interval);

    /// <summary>Other methods: one key per workspace and method, not pre-paced.</summary>
    public static RateKey Method(string teamId, string method) => new($"{method}:{teamId}", TimeSpan.Zero);
}
