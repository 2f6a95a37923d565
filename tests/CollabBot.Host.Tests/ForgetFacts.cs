using CollabBot.Domain;
using CollabBot.Domain.Decisions;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// `forget me` erases the member by identity (platform, workspace, user id) and nobody else (issue 22, item 1): other
/// people's turns and messages, unhandled turns and duplicate checks stay, on each provider.
/// </summary>
[Collection(HostCollection.Name)]
public abstract class ForgetFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "forget")
{
    private InboxTurns _inbox = null!;

    protected override async Task GivenAsync()
    {
        _inbox = new InboxTurns(App);
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
    }

    [Fact]
    public async Task A_forget_while_300_turns_of_another_workspace_arrive_and_repeat_leaves_each_handled_once()
    {
        await Playground.SayAsync("zork", "join as business", "Zork");
        var start = InboxTurns.Command(Platform.Slack, "T0OTHER", "C0PUMPS", "U0SLACK", "start Pumps", "command:A1:start");
        await _inbox.AcceptAsync(start);
        Assert.True(await _inbox.AllClosedAsync([start.DedupKey], TimeSpan.FromSeconds(30)));
        var turns = Enumerable.Range(0, 300)
            .Select(n => InboxTurns.Command(Platform.Slack, "T0OTHER", "C0PUMPS", "U0SLACK", $"propose Ask Zork about pumps {n:D3}", $"command:A1:trigger-{n:D3}"))
            .ToList();

        var arriving = Task.Run(async () =>
        {
            foreach (var chunk in turns.Chunk(10))
            {
                await Task.WhenAll(chunk.Select(_inbox.AcceptAsync));
            }
        });
        await Eventually.TrueAsync(async () => await _inbox.OpenAsync([.. turns.Select(t => t.DedupKey)]) < 250, TimeSpan.FromSeconds(30));
        var forgotten = await Playground.SayAsync("zork", "forget me confirm", "Zork");
        await arriving;
        // Slack retries every delivery it was not sure of; each must be known already.
        var acceptedAgain = (await Task.WhenAll(turns.Select(_inbox.AcceptAsync))).Count(accepted => accepted);

        Assert.Contains(forgotten, m => m.Text().StartsWith("A member asked to be forgotten", StringComparison.Ordinal));
        Assert.True(await _inbox.AllClosedAsync([.. turns.Select(t => t.DedupKey)], TimeSpan.FromSeconds(60)), "some turns were never handled");
        Assert.Equal(0, acceptedAgain);
        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var proposals = await db.Set<Decision>().Where(d => d.Text.StartsWith("Ask Zork about pumps")).Select(d => d.Text).ToListAsync();
        Assert.Equal(300, proposals.Count);
        Assert.Equal(300, proposals.Distinct().Count());
    }

    [Fact]
    public async Task A_member_named_like_words_in_other_peoples_messages_erases_none_of_them()
    {
        await Playground.SayAsync("quux", "join as business", "Quux");
        var card = Assert.Single(await Playground.SayAsync("ben", "propose Hire Quux Ltd for the insulation"));
        var teams = InboxTurns.Command(Platform.Teams, "tenant-q", "19:q@thread.v2", "29:teams-user", "start Quux review", "activity:19:q@thread.v2:1", "Teams Person");
        var slack = InboxTurns.Command(Platform.Slack, "T0QUUX", "C0QUUX", "U0QUUX", "start Quux fans", "command:A1:quux");
        await _inbox.AcceptAsync(teams);
        await _inbox.AcceptAsync(slack);
        Assert.True(await _inbox.AllClosedAsync([teams.DedupKey, slack.DedupKey], TimeSpan.FromSeconds(30)));

        await Playground.SayAsync("quux", "forget me confirm", "Quux");

        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var kept = await db.Inbox.Where(t => t.DedupKey == teams.DedupKey || t.DedupKey == slack.DedupKey).Select(t => t.TurnJson).ToListAsync();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, json => Assert.Contains("Quux", json, StringComparison.Ordinal));
        var otherOutbox = await db.Outbox.Where(o => o.Platform != Platform.Playground).Select(o => o.PayloadJson).ToListAsync();
        Assert.Contains(otherOutbox, json => json.Contains("Quux review", StringComparison.Ordinal));
        Assert.Contains(otherOutbox, json => json.Contains("Quux fans", StringComparison.Ordinal));
        var bensCard = (await Playground.OutboxAsync()).Messages.Single(m => m.Id() == card.Id());
        Assert.Contains("Hire Quux Ltd for the insulation", bensCard.Text() + bensCard.CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_member_gets_no_private_digest_and_leaves_no_map_asset_or_role_behind()
    {
        await Playground.SayAsync("zork", "join as business", "Zork");
        await Playground.SayAsync("ana", "role @zork coordinator,facilitator");
        await Playground.SayAsync("ana", "map @zork Test lead");
        await Playground.SayAsync("zork", "assets heat pump installers", "Zork");
        Assert.Contains("you, privately", Assert.Single(await Playground.SayAsync("zork", "digest to me every friday 15:00", "Zork")).Text());

        await Playground.SayAsync("zork", "forget me confirm", "Zork");
        var (_, cursor) = await Playground.OutboxAsync();
        var now = Assert.Single(await Playground.SayAsync("ana", "digest now"), m => m.Visibility() == "onlyUser");

        Assert.DoesNotContain("privately", now.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m!["recipientUserId"]?.GetValue<string>() == "zork");
        Assert.DoesNotContain("Zork", Assert.Single(await Playground.SayAsync("ana", "map")).CardJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zork", Assert.Single(await Playground.SayAsync("ana", "roles")).CardJson(), StringComparison.Ordinal);
        var who = Assert.Single(await Playground.SayAsync("ana", "who has heat pump"));
        Assert.DoesNotContain("Zork", who.Text() + who.CardJson(), StringComparison.Ordinal);
        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        Assert.Empty(await db.Set<Domain.Digests.DigestSubscription>().Where(s => s.RecipientUserId == "zork").ToListAsync());
        Assert.Empty(await db.Set<Domain.ProcessMap.ProcessMapEntry>().ToListAsync());
    }

    [Fact]
    public async Task The_only_convener_is_asked_to_hand_the_role_over_before_anything_is_erased()
    {
        var asked = Assert.Single(await Playground.SayAsync("ana", "forget me"));
        var confirmed = Assert.Single(await Playground.SayAsync("ana", "forget me confirm"));

        foreach (var reply in new[] { asked, confirmed })
        {
            Assert.Equal("onlyUser", reply.Visibility());
            Assert.Contains("only convener", reply.Text(), StringComparison.Ordinal);
            Assert.Contains("`role @user convener`", reply.Text(), StringComparison.Ordinal);
            Assert.Equal("", reply.CardJson());
        }

        Assert.Contains("2 members", Assert.Single(await Playground.SayAsync("ben", "status")).Text(), StringComparison.Ordinal);
        await Playground.SayAsync("ana", "role @ben convener");
        Assert.StartsWith("A member asked to be forgotten", Assert.Single(await Playground.SayAsync("ana", "forget me confirm")).Text(), StringComparison.Ordinal);
    }
}

public sealed class SqliteForgetFacts() : ForgetFacts(DatabaseProvider.Sqlite);

public sealed class PostgresForgetFacts() : ForgetFacts(DatabaseProvider.Postgres);
