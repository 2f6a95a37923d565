using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CollabBot.Channels.Slack.Interactivity;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// Builds card-action turns from interactivity payloads. The values are the button's data (its JSON
/// value, written by the renderer) merged with the card's input values. A repeated click on the same
/// button with the same inputs has the same dedup key, so it has one effect.
/// </summary>
public static class SlackInteractionTurns
{
    /// <summary>Keys in a modal's private_metadata that say where the card was; the rest is the action's data.</summary>
    public const string ChannelKey = "_channel";
    public const string ThreadKey = "_thread";
    public const string ActionKey = "_action";

    public static InboundTurn? FromBlockActions(BlockActions payload)
    {
        // A link button (a download) only opens its URL; Slack reports the click, which is not a card action.
        var action = payload.Actions?.FirstOrDefault(a => a.Type == "button" && !a.ActionId.StartsWith(Rendering.Blocks.LinkActionPrefix, StringComparison.Ordinal));
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        var team = payload.Team?.Id ?? payload.User.TeamId;
        if (action is null || channel is null || team is null)
        {
            return null;
        }

        var values = Data(action.Value);
        AddInputs(values, payload.State);
        var messageTs = payload.Container?.MessageTs;
        var dedup = $"action:{payload.ApiAppId}:{channel}:{messageTs}:{action.ActionId}:{payload.User.Id}:{Digest(values)}";
        return SlackTurns.Turn(team, channel, payload.Container?.ThreadTs, payload.User.Id, Conversations.Turns.TurnKind.CardAction, dedup) with
        {
            ActionId = action.ActionId,
            Values = values,
            ReplyToMessageId = messageTs,
        };
    }

    public static InboundTurn? FromViewSubmission(ViewSubmission payload)
    {
        var values = Data(payload.View.PrivateMetadata);
        var team = payload.Team?.Id ?? payload.User.TeamId;
        if (!values.Remove(ChannelKey, out var channel) || team is null)
        {
            return null;
        }

        values.Remove(ThreadKey, out var thread);
        values.Remove(ActionKey, out var actionId);
        AddInputs(values, payload.View.State);
        var dedup = $"view:{payload.ApiAppId}:{payload.View.Id}:{payload.View.Hash}:{payload.User.Id}";
        return SlackTurns.Turn(team, channel, thread, payload.User.Id, Conversations.Turns.TurnKind.CardAction, dedup) with
        {
            ActionId = actionId ?? payload.View.CallbackId,
            Values = values,
        };
    }

    private static Dictionary<string, string> Data(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.DictionaryStringString) ?? [];
        }
        catch (JsonException)
        {
            // A button or view from somewhere else (or an older renderer): it carries no data we know.
            return [];
        }
    }

    private static void AddInputs(Dictionary<string, string> values, InteractionState? state)
    {
        foreach (var (_, inputs) in state?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, InputState>>())
        {
            foreach (var (actionId, input) in inputs)
            {
                if (input.Current is { } current)
                {
                    values[actionId] = current;
                }
            }
        }
    }

    private static string Digest(Dictionary<string, string> values)
    {
        var canonical = string.Join('\n', values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)).AsSpan(0, 8));
    }
}
