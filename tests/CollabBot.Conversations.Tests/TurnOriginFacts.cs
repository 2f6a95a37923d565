using System.Text.Json;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

namespace CollabBot.Conversations.Tests;

public sealed class TurnOriginFacts
{
    private static readonly ConversationAddress Where = new(Platform.Slack, "T1", "C1");

    private static InboundTurn Turn(TurnOrigin? origin) => new()
    {
        Where = Where,
        Who = new MemberRef("U1", "Ana"),
        Kind = TurnKind.CardAction,
        DedupKey = "view:A1:V1:h:U1",
        Origin = origin,
    };

    private static OutboxEntry Reply(int index, Visibility visibility, string? to = null, FileAttachment? file = null) => new()
    {
        To = Where,
        Visibility = visibility,
        RecipientUserId = to,
        Message = new OutboundMessage($"reply {index}", File: file),
        IdempotencyKey = $"turn:Slack:view:A1:V1:h:U1:{index}",
    };

    [Fact]
    public void A_response_url_goes_on_every_reply()
    {
        var origin = new TurnOrigin.ResponseUrl(new Uri("https://hooks.slack.com/commands/T1/1/x"), DateTimeOffset.UnixEpoch, "U1");

        var replies = TurnOrigin.CarriedOnto(Turn(origin), [Reply(0, Visibility.Channel), Reply(1, Visibility.OnlyUser, "U1"), Reply(2, Visibility.Direct, "U2")]);

        Assert.All(replies, r => Assert.Equal(origin, r.Origin));
    }

    [Fact]
    public void A_modal_goes_on_the_first_reply_to_the_caller_alone_and_on_no_other()
    {
        var origin = new TurnOrigin.Modal("V1", "Check-in");

        var replies = TurnOrigin.CarriedOnto(Turn(origin), [
            Reply(0, Visibility.Channel), Reply(1, Visibility.OnlyUser, "U2"), Reply(2, Visibility.OnlyUser, "U1"), Reply(3, Visibility.Direct, "U1")]);

        Assert.Equal([null, null, origin, null], replies.Select(r => r.Origin));
    }

    [Fact]
    public void Without_a_reply_to_the_caller_a_modal_shows_the_first_channel_reply_and_an_inline_answer_takes_none()
    {
        var replies = new[] { Reply(0, Visibility.OnlyUser, "U2"), Reply(1, Visibility.Channel), Reply(2, Visibility.Channel) };
        var modal = new TurnOrigin.Modal("V1", "Join");

        Assert.Equal([null, modal, null], TurnOrigin.CarriedOnto(Turn(modal), replies).Select(r => r.Origin));
        Assert.All(TurnOrigin.CarriedOnto(Turn(new TurnOrigin.InlineAnswer()), replies), r => Assert.Null(r.Origin));
    }

    [Fact]
    public void A_message_with_a_file_never_takes_the_one_answer()
    {
        var file = new FileAttachment(Guid.NewGuid(), "export.json", "application/json", 10, null);

        var replies = TurnOrigin.CarriedOnto(Turn(new TurnOrigin.InlineAnswer()), [Reply(0, Visibility.Direct, "U1", file), Reply(1, Visibility.OnlyUser, "U1")]);

        Assert.Equal([false, true], replies.Select(r => r.Origin is TurnOrigin.InlineAnswer));
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public void An_origin_is_stored_with_its_kind_and_read_back_the_same(TurnOrigin origin)
    {
        var json = JsonSerializer.Serialize(Reply(0, Visibility.OnlyUser, "U1") with { Origin = origin }, CollabJson.Options);

        Assert.Equal(origin, JsonSerializer.Deserialize<OutboxEntry>(json, CollabJson.Options)!.Origin);
    }

    [Fact]
    public void A_message_stored_before_origins_were_kept_reads_back_without_one()
    {
        const string stored = """{"to":{"platform":"slack","workspaceId":"T1","conversationId":"C1"},"visibility":"onlyUser","recipientUserId":"U1","message":{"text":"hi"},"idempotencyKey":"turn:Slack:view:A1:V1:h:U1:0"}""";

        var entry = JsonSerializer.Deserialize<OutboxEntry>(stored, CollabJson.Options)!;

        Assert.Equal(("hi", null), (entry.Message.Text, entry.Origin));
    }

    public static TheoryData<TurnOrigin> Origins() =>
    [
        new TurnOrigin.ResponseUrl(new Uri("https://hooks.slack.com/commands/T1/1/x"), new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero), "U1"),
        new TurnOrigin.Modal("V1", "Check-in"),
        new TurnOrigin.InlineAnswer(),
    ];
}
