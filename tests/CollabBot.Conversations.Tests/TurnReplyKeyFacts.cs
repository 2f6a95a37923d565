using CollabBot.Conversations.Messages;
using CollabBot.Domain;

namespace CollabBot.Conversations.Tests;

public sealed class TurnReplyKeyFacts
{
    [Fact]
    public void A_reply_key_names_its_platform_turn_and_position() =>
        Assert.Equal("turn:Slack:event:A1:Ev1:2", TurnReplyKey.Of(Platform.Slack, "event:A1:Ev1", 2));

    [Theory]
    [InlineData("turn:Teams:invoke:1a2b:0", "invoke:1a2b")]
    [InlineData("turn:Teams:m:3:12", "m:3")]
    [InlineData("turn:Slack:view:A1:V1:h:U1:0", null)]
    [InlineData("turn:Teams:0", null)]
    [InlineData("turn:Teams:#000000000042:activity:a:19:x:0", "activity:a:19:x")]
    [InlineData("turn:Teams:#000000000042:0", null)]
    [InlineData("turn:Teams:#000000000042", null)]
    [InlineData("checkin-prompt:abc:17", null)]
    public void The_turn_is_read_back_from_a_reply_key_of_its_platform(string key, string? dedupKey) =>
        Assert.Equal(dedupKey, TurnReplyKey.DedupKeyOf(key, Platform.Teams));

    [Fact]
    public void A_dedup_key_survives_the_round_trip() =>
        Assert.Equal("view:A1:V1:h:U1", TurnReplyKey.DedupKeyOf(TurnReplyKey.Of(Platform.Slack, "view:A1:V1:h:U1", 3), Platform.Slack));

    [Fact]
    public void A_reply_key_of_an_inbox_turn_leads_with_the_inbox_id_and_gives_back_the_turn() =>
        Assert.Equal(
            ("turn:Teams:#000000001234:activity:a:19:x:1", "activity:a:19:x"),
            (TurnReplyKey.Of(Platform.Teams, "activity:a:19:x", 1, inboxId: 1234), TurnReplyKey.DedupKeyOf(TurnReplyKey.Of(Platform.Teams, "activity:a:19:x", 1, inboxId: 1234), Platform.Teams)));

    [Fact]
    public void Reply_keys_of_inbox_turns_sort_by_inbox_id_whatever_their_conversation()
    {
        var keys = new[] { TurnReplyKey.Of(Platform.Teams, "activity:z-chat:9", 0, 999), TurnReplyKey.Of(Platform.Teams, "activity:a-chat:1", 0, 1000) };
        Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
    }
}
