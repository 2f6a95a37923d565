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
    [InlineData("checkin-prompt:abc:17", null)]
    public void The_turn_is_read_back_from_a_reply_key_of_its_platform(string key, string? dedupKey) =>
        Assert.Equal(dedupKey, TurnReplyKey.DedupKeyOf(key, Platform.Teams));

    [Fact]
    public void A_dedup_key_survives_the_round_trip() =>
        Assert.Equal("view:A1:V1:h:U1", TurnReplyKey.DedupKeyOf(TurnReplyKey.Of(Platform.Slack, "view:A1:V1:h:U1", 3), Platform.Slack));
}
