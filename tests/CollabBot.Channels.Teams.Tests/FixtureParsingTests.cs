using System.Text.Json;
using CollabBot.Channels.Teams.Activities;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Every payload in tests/fixtures/teams read into the adapter's types and neutral turns (PROTOCOLS.md §4 items 16-20).</summary>
public sealed class FixtureParsingTests
{
    private static Activity Read(string name) =>
        JsonSerializer.Deserialize(PayloadFixtures.Text(name), TeamsJsonContext.Default.Activity)!;

    [Fact]
    public void Every_activity_fixture_parses_with_a_type_a_service_url_and_a_tenant()
    {
        var names = Directory.GetFiles(PayloadFixtures.Directory, "*.json").Select(Path.GetFileName)
            .Where(n => !n!.StartsWith("createConversation", StringComparison.Ordinal)).ToList();

        Assert.Equal(10, names.Count);
        foreach (var name in names)
        {
            var activity = Read(name!);
            Assert.False(string.IsNullOrEmpty(activity.Type), name);
            Assert.StartsWith("https://smba.trafficmanager.net/", activity.ServiceUrl, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(ActivityReferences.TenantOf(activity)), name);
        }
    }

    [Fact]
    public void The_channel_mention_yields_Hey_from_a_thread_of_the_channel()
    {
        var turn = TeamsTurns.FromMessage(Read("message-channel-mention.json"));

        Assert.Equal("Hey", turn.Text);
        Assert.Equal(TurnKind.Command, turn.Kind);
        Assert.Equal("a1b2c3d4-e5f6-7890-abcd-ef1234567890", turn.Where.WorkspaceId);
        Assert.Equal("19:d441d38c655c47a085215b2726e76927@thread.tacv2", turn.Where.ConversationId);
        Assert.Equal("1771290107407", turn.Where.ThreadId);
        Assert.Empty(turn.Mentions);
    }

    [Fact]
    public void Other_peoples_mentions_become_platform_mentions_and_the_bots_own_is_stripped_case_insensitively()
    {
        var json = PayloadFixtures.Load("message-channel-mention.json");
        json["text"] = "<AT>Chat SDK Demo</AT> role <at>Ana Lopez</at> facilitator";
        json["entities"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Ana Lopez</at>",
            ["mentioned"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "29:ana", ["name"] = "Ana Lopez" },
        });

        var turn = TeamsTurns.FromMessage(json.Deserialize(TeamsJsonContext.Default.Activity)!);

        Assert.Equal("role <@29:ana> facilitator", turn.Text);
        Assert.Equal(new MemberRef("29:ana", "Ana Lopez"), Assert.Single(turn.Mentions));
    }

    [Theory]
    [InlineData("1771290107407", "Message")]
    [InlineData("1771290199999", "Reply")]
    public void Channel_chatter_without_the_bot_is_participation_and_replies_in_a_thread_count_as_replies(string id, string kind)
    {
        var json = PayloadFixtures.Load("message-channel-mention.json");
        json["text"] = "Good point";
        json["entities"] = new System.Text.Json.Nodes.JsonArray();
        json["id"] = id;

        var turn = TeamsTurns.FromMessage(json.Deserialize(TeamsJsonContext.Default.Activity)!);

        Assert.Equal(TurnKind.Participation, turn.Kind);
        Assert.Equal(kind, turn.Participation.ToString());
    }

    [Fact]
    public void A_personal_message_is_a_command_with_the_tenant_from_channel_data()
    {
        var turn = TeamsTurns.FromMessage(Read("message-personal.json"));

        Assert.Equal(TurnKind.Command, turn.Kind);
        Assert.Equal("Hey", turn.Text);
        Assert.Equal("a1b2c3d4-e5f6-7890-abcd-ef1234567890", turn.Where.WorkspaceId);
        Assert.Null(turn.Where.ThreadId);
    }

    [Fact]
    public void A_message_with_value_and_no_text_is_a_card_submit()
    {
        var turn = TeamsTurns.FromMessage(Read("message-action-submit-value.json"));

        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("channel-post", turn.ActionId);
        Assert.Equal("1771290108656", turn.ReplyToMessageId);
    }

    [Fact]
    public void The_Action_Execute_invoke_carries_its_action_and_data()
    {
        var activity = Read("invoke-adaptiveCard-action.json");
        var value = activity.Value!.Value.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue)!;

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", value.Action!.Type);
        Assert.Equal("manual", value.Trigger);
        var turn = TeamsTurns.CardAction(activity, value.Action.Data, value.Action.Verb);
        Assert.Equal("test invokes", turn.Values["feedback"]);
        Assert.Equal(TeamsTurns.DedupKey(activity), turn.DedupKey);
    }

    [Theory]
    [InlineData("conversationUpdate-bot-added-to-team.json", true, "teamMemberAdded")]
    // The doc sample keeps placeholders: recipient "28:<BOT ID>" differs from the added bot id, so no match.
    [InlineData("conversationUpdate-bot-added-personal.json", false, null)]
    [InlineData("conversationUpdate-channelCreated.json", false, "channelCreated")]
    [InlineData("conversationUpdate-membersRemoved.json", false, "teamMemberRemoved")]
    public void Bot_added_is_a_membersAdded_entry_with_the_recipient_id(string name, bool botAdded, string? eventType)
    {
        var activity = Read(name);

        Assert.Equal(botAdded, activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true);
        Assert.Equal(eventType, activity.ChannelData?.EventType);
    }

    [Fact]
    public void Installation_update_and_reaction_read_their_fields()
    {
        var install = Read("installationUpdate-add-team.json");
        var reaction = Read("messageReaction-added.json");

        Assert.Equal("add", install.Action);
        Assert.Equal("TestTeam2022", install.ChannelData?.Team?.Name);
        Assert.Equal("like", Assert.Single(reaction.ReactionsAdded!).Type);
        Assert.Equal(TurnKind.Participation, TeamsTurns.Reaction(reaction).Kind);
        Assert.Equal(CollabBot.Domain.Participation.ParticipationKind.Reaction, TeamsTurns.Reaction(reaction).Participation);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", TeamsTurns.Reaction(reaction).Where.WorkspaceId);
    }

    [Fact]
    public void The_create_conversation_shapes_round_trip()
    {
        var request = JsonSerializer.Deserialize(PayloadFixtures.Text("createConversation-request-personal.json"), TeamsJsonContext.Default.ConversationParameters)!;
        var response = JsonSerializer.Deserialize(PayloadFixtures.Text("createConversation-response.json"), TeamsJsonContext.Default.ConversationResourceResponse)!;

        Assert.Equal("29:012d20j1cjo20211", Assert.Single(request.Members).Id);
        Assert.Equal("197231joe-1209j01821-012kdjoj", request.ChannelData?.Tenant?.Id);
        Assert.StartsWith("a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8NiZALHfN8AMxd", response.Id, StringComparison.Ordinal);
    }
}
