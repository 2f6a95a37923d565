using CollabBot.Channels.Playground;
using CollabBot.Conversations;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// Property: whatever text, dates and numbers follow a command, on either provider, the turn is handled (nothing
/// throws, nothing stays unhandled) and the person who typed it gets an answer they can read: a reply to them or to the
/// channel, never the "could not be handled" notice, never longer than a post (issue 22, items 4 and 7).
/// </summary>
[Collection(HostCollection.Name)]
public abstract class CommandPropertyFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "props")
{
    private static readonly MemberRef[] Callers = [new("ana", "Ana"), new("ben", "Ben"), new("stranger", "Stranger")];

    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("ana", "propose Pilot in Block C");
        await Playground.SayAsync("ben", "define tenant: who rents a home");
        await Playground.SayAsync("ben", "puzzle pumps or insulation?");
        await Playground.SayAsync("ben", "obstacle no meeting room");
        await Playground.SayAsync("ana", "idea a repair café");
        await Playground.SayAsync("ben", "action call the board owner @ana due 3d");
    }

    [Fact]
    public async Task Every_command_answers_arbitrary_text_dates_and_numbers()
    {
        var engine = App.Services.GetRequiredService<ConversationEngine>();
        var outbox = App.Services.GetRequiredService<IOutboxStore>();

        await CommandInputs.Line.SampleAsync(
            async line =>
            {
                var who = Callers[line.Caller];
                var turn = new InboundTurn
                {
                    Where = new ConversationAddress(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab"),
                    Who = who,
                    Kind = TurnKind.Command,
                    Text = line.Text,
                    DedupKey = $"prop:{Guid.NewGuid():N}",
                };

                var result = await engine.HandleAsync(turn, default);

                var replies = await outbox.GetAsync(result.OutboxIds, default);
                Assert.Contains(replies, r => r.Entry.Visibility == Visibility.Channel || r.Entry.RecipientUserId == who.UserId);
                Assert.All(replies, r => Assert.DoesNotContain("could not handle", r.Entry.Message.Text, StringComparison.Ordinal));
                Assert.All(replies, r => Assert.True(r.Entry.Message.Text.Length <= 4000, $"a reply of {r.Entry.Message.Text.Length} characters"));
            },
            iter: 1000,
            threads: 1,
            print: line => $"{Callers[line.Caller].UserId}: {Printable(line.Text)}");
    }

    [Fact]
    public async Task Names_and_keys_as_long_as_the_platforms_send_them_are_kept_and_a_repeat_is_recognised()
    {
        var engine = App.Services.GetRequiredService<ConversationEngine>();
        // Teams allows display names of 256 characters; a card action's key carries the conversation id, which can be long.
        var who = new MemberRef("29:" + new string('u', 180), "N" + new string('a', 255));
        var turn = new InboundTurn
        {
            Where = new ConversationAddress(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab"),
            Who = who,
            Kind = TurnKind.Command,
            Text = "join as citizen",
            DedupKey = "invoke:activity:a:" + new string('c', 600) + ":1",
        };

        var first = await engine.HandleAsync(turn, default);
        var again = await engine.HandleAsync(turn, default);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        var replies = await App.Services.GetRequiredService<IOutboxStore>().GetAsync(first.OutboxIds, default);
        Assert.Contains(replies, r => r.Entry.Message.Text.Contains(who.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_inputs_that_looped_are_answered_once_with_a_clear_reply()
    {
        var inbox = new InboxTurns(App);
        string[] lines =
        [
            "propose X closes 9999-12-31", "propose X closes P99999999D", "health thresholds ratio NaN", "health thresholds ratio Infinity",
            $"digest to #{new string('c', 230)} every friday 15:00", "challenge warm\0homes", "goal \ud800 half a character",
        ];
        var turns = lines.Select((text, n) => InboxTurns.Command(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab", "ana", text, $"looped:{n}", "Ana"))
            .Append(InboxTurns.Command(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab", "29:long-name", "join as ngo", "looped:name", new string('N', 256)))
            .ToList();

        foreach (var turn in turns)
        {
            await inbox.AcceptAsync(turn);
        }

        Assert.True(await inbox.AllClosedAsync([.. turns.Select(t => t.DedupKey)], TimeSpan.FromSeconds(30)), "a turn was left unhandled");
        Assert.Empty(await App.Services.GetRequiredService<ITurnInbox>().ListParkedAsync(10, default));
        await using var db = App.Services.GetRequiredService<Persistence.CollabDbContextFactory>().Create();
        var replies = db.Outbox.Where(o => o.IdempotencyKey.Contains(":looped:")).Select(o => o.PayloadJson).ToList();
        Assert.Equal(turns.Count, turns.Count(t => db.Outbox.Any(o => o.IdempotencyKey.Contains(":" + t.DedupKey + ":"))));
        Assert.DoesNotContain(replies, r => r.Contains("could not handle", StringComparison.Ordinal));
    }

    private static string Printable(string text) =>
        string.Concat((text.Length > 300 ? text[..300] + $"…({text.Length} chars)" : text).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}

public sealed class SqliteCommandPropertyFacts() : CommandPropertyFacts(DatabaseProvider.Sqlite);

public sealed class PostgresCommandPropertyFacts() : CommandPropertyFacts(DatabaseProvider.Postgres);
