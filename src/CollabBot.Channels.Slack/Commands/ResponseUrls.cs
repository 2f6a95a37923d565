using System.Globalization;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.Commands;

/// <summary>
/// The latest slash command's <c>response_url</c> per channel: Slack accepts up to 5 replies there within
/// 30 minutes, even where the bot is not a member (PROTOCOLS.md §2.4, checklist 42). The sender falls back
/// to it when chat.postMessage / chat.postEphemeral cannot reach the channel.
/// </summary>
public sealed class ResponseUrls(IChannelStateStore state, TimeProvider clock, IOptionsMonitor<SlackOptions> options)
{
    public const int MaxUses = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public async Task RememberAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (Entry(command) is { } entry)
        {
            await state.SetAsync(entry.Platform, entry.Key, entry.Value, cancellationToken);
        }
    }

    /// <summary>The state entry that remembers the command's response URL, or null when it has none we trust.</summary>
    public ChannelStateWrite? Entry(SlashCommand command)
    {
        if (command.ResponseUrl is not { } url || !url.StartsWith(options.CurrentValue.ResponseUrlPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return new ChannelStateWrite(Platform.Slack, SlackStateKeys.ResponseUrl(command.TeamId, command.ChannelId),
            string.Create(CultureInfo.InvariantCulture, $"{expires} 0 {command.UserId} {url}"));
    }

    /// <summary>
    /// Takes one use of the channel's response URL, if it is fresh and has uses left; ephemeral replies
    /// only go to the person who ran the command.
    /// </summary>
    public async Task<Uri?> TakeAsync(string teamId, string channelId, string? onlyFor, CancellationToken cancellationToken)
    {
        var key = SlackStateKeys.ResponseUrl(teamId, channelId);
        var parts = (await state.GetAsync(Platform.Slack, key, cancellationToken))?.Split(' ', 4);
        if (parts is not [var expires, var uses, var user, var url]
            || clock.GetUtcNow().ToUnixTimeSeconds() > long.Parse(expires, CultureInfo.InvariantCulture)
            || int.Parse(uses, CultureInfo.InvariantCulture) >= MaxUses
            || (onlyFor is not null && onlyFor != user))
        {
            return null;
        }

        await state.SetAsync(Platform.Slack, key, $"{expires} {int.Parse(uses, CultureInfo.InvariantCulture) + 1} {user} {url}", cancellationToken);
        return new Uri(url);
    }
}
