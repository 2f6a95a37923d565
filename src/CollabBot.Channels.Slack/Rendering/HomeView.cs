using System.Globalization;
using System.Text.Json.Nodes;
using CollabBot.Conversations.Storage;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>The App Home tab: the person's collaborations, their phase and the next check-in (at most 100 blocks).</summary>
public static class HomeView
{
    /// <summary>The Home tab; <paramref name="collaborations"/> is null when no directory of them is available.</summary>
    public static JsonObject Render(IReadOnlyList<MemberCollaboration>? collaborations)
    {
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = Blocks.Plain("Your collaborations", BlockKitLimits.HeaderText) },
        };
        if (collaborations is null)
        {
            blocks.Add(Blocks.Section(Mrkdwn.Escape("In a collaboration's channel, `/collab status` shows it at a glance. `/collab start <name>` starts one, `/collab join` joins the one there, `/collab help` lists everything.")));
            return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
        }

        if (collaborations.Count == 0)
        {
            blocks.Add(Blocks.Section(Mrkdwn.Escape("You are not in a collaboration yet. In a channel, type `/collab start <name>` to start one, or `/collab join` to join the one there. `/collab help` lists everything.")));
        }

        // Header, one section per collaboration, and a closing marker when some do not fit.
        var room = BlockKitLimits.BlocksPerView - 2;
        foreach (var c in collaborations.Take(room))
        {
            var next = c.NextCheckIn is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "none planned";
            blocks.Add(Blocks.Section($"{Mrkdwn.Bold(c.Name)} in <#{c.ChannelId}>\nPhase: {Mrkdwn.Escape(c.Phase.ToString())} since {c.PhaseStartedAt:yyyy-MM-dd}\nYour next check-in: {next}"));
        }

        if (collaborations.Count > room)
        {
            blocks.Add(Blocks.Context($"{BlockKitLimits.Marker} and {collaborations.Count - room} more"));
        }

        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }
}
