using Microsoft.Extensions.Primitives;

namespace CollabBot.Channels.Slack.Commands;

/// <summary>A slash command's form fields (PROTOCOLS.md §2.4).</summary>
public sealed record SlashCommand
{
    public required string TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public required string ChannelId { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    public required string Command { get; init; }
    public string Text { get; init; } = "";
    public string? ApiAppId { get; init; }
    public string? ResponseUrl { get; init; }
    public required string TriggerId { get; init; }

    /// <summary>Null when a required field is missing.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        string? Field(string name) => form.TryGetValue(name, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;

        var (team, channel, user, command, trigger) = (Field("team_id"), Field("channel_id"), Field("user_id"), Field("command"), Field("trigger_id"));
        if (team is null || channel is null || user is null || command is null || trigger is null)
        {
            return null;
        }

        return new SlashCommand
        {
            TeamId = team,
            EnterpriseId = Field("enterprise_id"),
            ChannelId = channel,
            UserId = user,
            UserName = Field("user_name"),
            Command = command,
            Text = Field("text") ?? "",
            ApiAppId = Field("api_app_id"),
            ResponseUrl = Field("response_url"),
            TriggerId = trigger,
        };
    }
}
