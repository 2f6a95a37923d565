using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Conversations.Tests;

public sealed class TurnReplyKeyFacts
{
    [Fact]
    public void A_reply_key_names_its_platform_turn_and_position() =>
        Assert.Equal("turn:Slack:event:A1:Ev1:2", TurnReplyKey.Of(Platform.Slack, new TurnRecord("event:A1:Ev1"), 2));

    [Fact]
    public void A_reply_key_of_an_inbox_turn_leads_with_the_inbox_id() =>
        Assert.Equal("turn:Teams:#000000001234:activity:a:19:x:1", TurnReplyKey.Of(Platform.Teams, new TurnRecord("activity:a:19:x", 1234), 1));

    [Fact]
    public void Reply_keys_of_inbox_turns_sort_by_inbox_id_whatever_their_conversation()
    {
        var keys = new[]
        {
            TurnReplyKey.Of(Platform.Teams, new TurnRecord("activity:z-chat:9", 999), 0), TurnReplyKey.Of(Platform.Teams, new TurnRecord("activity:a-chat:1", 1000), 0),
        };
        Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
    }
}
