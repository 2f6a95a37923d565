namespace CollabBot.Host;

internal static class PlatformEnvironmentNames
{
    /// <summary>
    /// Accepts the names each platform's own tooling uses (SLACK_SIGNING_SECRET, ...) as well as ours
    /// (Slack__SigningSecret). Ours win when both are set.
    /// </summary>
    public static IConfigurationBuilder AddPlatformEnvironmentNames(this IConfigurationManager configuration)
    {
        var aliases = new Dictionary<string, string>
        {
            ["SLACK_SIGNING_SECRET"] = "Slack:SigningSecret",
            ["SLACK_BOT_TOKEN"] = "Slack:BotToken",
            ["SLACK_CLIENT_ID"] = "Slack:ClientId",
            ["SLACK_CLIENT_SECRET"] = "Slack:ClientSecret",
        };
        var values = aliases
            .Where(a => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(a.Key)) && string.IsNullOrEmpty(configuration[a.Value]))
            .ToDictionary(a => a.Value, a => Environment.GetEnvironmentVariable(a.Key));
        return configuration.AddInMemoryCollection(values);
    }
}
