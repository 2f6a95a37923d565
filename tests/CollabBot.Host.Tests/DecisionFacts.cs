using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Consent decisions through the Playground, on each provider.</summary>
[Collection(HostCollection.Name)]
public abstract class DecisionFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "decisions")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
    }

    [Fact]
    public async Task A_proposal_with_a_reservation_closes_provisionally_agreed_and_its_reservation_comes_back_four_weeks_later()
    {
        var card = Assert.Single(await Playground.SayAsync("ana", "propose We pilot heat pumps in Block C closes 2d"));
        Assert.Equal("channel", card.Visibility());
        Assert.Contains("Proposal 1", card.CardJson());

        await Playground.ClickAsync("ana", card.Id(), "agree");
        await Playground.ClickAsync("ben", card.Id(), "reservations", new { reason = "only if tenants vote first" });
        var tally = Tallies(await Playground.ClickAsync("chloe", card.Id(), "disagree"));
        Assert.Equal(card.Id(), tally["updatesMessageId"]!.GetValue<long>());
        Assert.Contains("\"label\":\"Agree with reservations (1)\",\"value\":\"Ben\"", tally.CardJson());
        Assert.Contains("\"label\":\"Disagree (1)\",\"value\":\"Chloe\"", tally.CardJson());

        var (_, cursor) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P2DT2H");
        var closing = (await Playground.OutboxAsync(cursor)).Messages;
        var outcome = Assert.Single(closing, m => m!["updatesMessageId"] is null);
        Assert.StartsWith("Proposal 1 is provisionally agreed: We pilot heat pumps in Block C (1 agree, 1 agree with reservations, 1 disagree", outcome.Text());
        Assert.Contains("Reservation by Ben: only if tenants vote first", outcome.Text());
        Assert.Contains("Outcome: provisionally agreed", Assert.Single(closing, m => m!["updatesMessageId"] is not null).CardJson());

        (_, cursor) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P27D");
        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("reservation", StringComparison.Ordinal));
        await Playground.AdvanceAsync("P2D");
        var back = Assert.Single((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("reservation", StringComparison.Ordinal));
        Assert.Contains("Ben's reservation still stands: only if tenants vote first", back.Text());

        Assert.Contains("Ben resolved their reservation on proposal 1", Assert.Single(await Playground.SayAsync("ben", "resolve 1")).Text());
        Assert.Equal("No open reservations. Agreements stand without reservations for now.", Assert.Single(await Playground.SayAsync("ben", "reservations")).Text());
    }

    [Fact]
    public async Task A_block_needs_a_reason_and_stops_the_decision_when_the_proposer_closes_it()
    {
        var card = Assert.Single(await Playground.SayAsync("ben", "propose Close the office on Fridays"));
        var refused = Assert.Single(await Playground.ClickAsync("chloe", card.Id(), "block"));
        Assert.Equal(("onlyUser", "Please fill in \"reason\" first."), (refused.Visibility(), refused.Text()));

        await Playground.SayAsync("ana", "vote 1 agree");
        await Playground.ClickAsync("chloe", card.Id(), "block", new { reason = "our shop needs Fridays" });
        Assert.Contains("Only the proposer or a convener", Assert.Single(await Playground.SayAsync("chloe", "close 1")).Text());

        var closed = await Playground.SayAsync("ben", "close 1");

        var outcome = Assert.Single(closed, m => m!["updatesMessageId"] is null);
        Assert.Contains("Proposal 1 is not agreed", outcome.Text());
        Assert.Contains("Block by Chloe: our shop needs Fridays", outcome.Text());
        Assert.Contains("already closed", Assert.Single(await Playground.SayAsync("ana", "close 1")).Text());
        Assert.Contains("closed", Assert.Single(await Playground.SayAsync("ana", "vote 1 disagree")).Text());
    }

    [Fact]
    public async Task With_check_ins_a_reservation_comes_back_at_the_first_check_in_after_four_weeks()
    {
        await Playground.SayAsync("ana", "checkin every monday 09:00");
        var card = Assert.Single(await Playground.SayAsync("ana", "propose Paint the stairwell closes 1d"));
        await Playground.ClickAsync("ben", card.Id(), "reservations", new { reason = "colour by vote" });
        await Playground.AdvanceAsync("P1DT2H");
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P27D");
        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("reservation still stands", StringComparison.Ordinal));
        await Playground.AdvanceAsync("P8D");

        var messages = (await Playground.OutboxAsync(cursor)).Messages;
        var back = Assert.Single(messages, m => m.Text().Contains("reservation still stands", StringComparison.Ordinal));
        var at = messages.IndexOf(back);
        var prompts = messages.Select((m, i) => (m, i)).Where(x => x.m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal) && x.i < at).Select(x => x.i).ToList();

        // It comes with a check-in (right after its prompts), and only once four weekly check-ins have passed.
        Assert.True(prompts.Count / 3 >= 4, $"{prompts.Count / 3} check-ins before the reservation came back");
        Assert.InRange(at - prompts[^1], 1, 3);
    }

    private static JsonNode Tallies(JsonArray replies) => Assert.Single(replies, m => m!["updatesMessageId"] is not null)!;
}

public sealed class SqliteDecisionFacts() : DecisionFacts(DatabaseProvider.Sqlite);

public sealed class PostgresDecisionFacts() : DecisionFacts(DatabaseProvider.Postgres);
