using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Issue 28 through the Playground, on each provider: ideas become a proposal that links back, the proposal shows who
/// took part (an abstention counts), those without a position get one private reminder before it closes, the outcome
/// states the turnout under the team's quorum, and an action is reminded, listed as overdue and done.
/// </summary>
[Collection(HostCollection.Name)]
public abstract class DecideActJourney(DatabaseProvider provider) : PlaygroundScenario(provider, "decideact")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
        await Playground.SayAsync("dan", "join as ngo");
    }

    [Fact]
    public async Task From_ideas_to_a_promoted_proposal_with_turnout_an_abstention_a_reminder_and_an_action_done()
    {
        Assert.Contains("at least 60% of the members take a position", Single(await Playground.SayAsync("ana", "decide quorum 60%")).Text());
        Assert.Equal("Only a convener can set the quorum for decisions.", Single(await Playground.SayAsync("ben", "decide quorum 10%")).Text());

        // Ideas, with their sectors; support and tags.
        Assert.StartsWith("Idea 1 is noted.", Single(await Playground.SayAsync("ben", "idea Tenants run a monthly repair café")).Text());
        Assert.StartsWith("Idea 2 is noted.", Single(await Playground.SayAsync("chloe", "idea Local shops sponsor insulation")).Text());
        Assert.Contains("(1 in all)", Single(await Playground.SayAsync("ana", "+1 1")).Text());
        Assert.Contains("(2 in all)", Single(await Playground.SayAsync("dan", "+1 1")).Text());
        Assert.Equal("You already support idea 1.", Single(await Playground.SayAsync("dan", "+1 1")).Text());
        Assert.Equal("Idea 1 is your own; +1 is for other people's ideas.", Single(await Playground.SayAsync("ben", "+1 1")).Text());
        Assert.Equal("There is no idea 9. `ideas` lists them.", Single(await Playground.SayAsync("ben", "+1 9")).Text());
        Assert.Contains("#repair", Single(await Playground.SayAsync("ben", "idea tag 1 repair")).Text());
        Assert.Equal("Which idea? Write `idea tag <id> <tags>` with the number from `ideas`.", Single(await Playground.SayAsync("ben", "idea tag repair")).Text());
        var top = Facts(Single(await Playground.SayAsync("dan", "ideas top")));
        Assert.Equal(["1. Tenants run a monthly repair café: Ben · citizen / end user · +2 · #repair", "2. Local shops sponsor insulation: Chloe · private business · +0"], top);
        Assert.Contains("civil society / NGO (0): no idea yet", Facts(Single(await Playground.SayAsync("dan", "ideas sectors"))));

        // Promoted, the idea becomes proposal 1, which names it; turnout starts at nobody.
        Assert.Equal("There is no idea 7. `ideas` lists them.", Single(await Playground.SayAsync("ana", "idea promote 7")).Text());
        var proposal = Single(await Playground.SayAsync("ana", "idea promote 1 substantive closes 3d"));
        Assert.Equal("channel", proposal.Visibility());
        Assert.Equal("Tenants run a monthly repair café", proposal["card"]!["body"]!.GetValue<string>());
        var facts = Facts(proposal);
        Assert.Contains("Proposed by: Ana, from idea 1", facts);
        Assert.Contains("Kind: substantive", facts);
        Assert.Contains("Turnout: 0 of 4 took part; the quorum of 60% needs 3", facts);
        Assert.Contains("No position yet: Ana, Ben, Chloe, Dan", facts);
        Assert.Contains("now proposal 1", Single(await Playground.SayAsync("ben", "ideas")).CardJson());
        Assert.Equal("Idea 1 is already proposal 1.", Single(await Playground.SayAsync("ana", "idea promote 1")).Text());

        // An abstention takes part without taking a side.
        await Playground.ClickAsync("ben", proposal.Id(), "agree");
        var tally = Facts(Assert.Single(await Playground.SayAsync("chloe", "vote 1 abstain"), m => m!["updatesMessageId"] is not null)!);
        Assert.Contains("Turnout: 2 of 4 took part (1 abstains); the quorum of 60% needs 3", tally);
        Assert.Contains("Abstain (1): Chloe", tally);
        Assert.Contains("No position yet: Ana, Dan", tally);

        // Actions: refusals first, then one with an owner four days ahead and one due tomorrow.
        Assert.Contains("has passed", Single(await Playground.SayAsync("ben", "action book the hall owner @chloe due 2020-01-01")).Text());
        Assert.Contains("member of the team", Single(await Playground.SayAsync("ben", "action book the hall owner @zoe due 4d")).Text());
        Assert.Contains("can't read \"32nd of never\"", Single(await Playground.SayAsync("ben", "action book the hall due 32nd of never")).Text());
        var noted = await Playground.SayAsync("ben", "action book the hall owner @chloe due 4d");
        Assert.StartsWith("Action 1 is noted: 1. book the hall (Chloe, due ", Assert.Single(noted, m => m.Visibility() != "direct").Text());
        Assert.Contains("Ben gave you an action in Warm Homes", Assert.Single(noted, m => m.Visibility() == "direct" && Recipient(m) == "chloe").Text());
        await Playground.SayAsync("dan", "action print the flyers owner @dan due tomorrow");

        var (_, cursor) = await Playground.OutboxAsync();

        // The reminder time is 24 hours before the close; quiet hours (20:00-08:00) may hold it back until morning, so
        // look 4 hours before the close, whatever time of day the test started.
        await Playground.AdvanceAsync("P2DT20H");

        // One private reminder to each member without a position, before the close; none to those who voted.
        var reminders = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().Contains("you have not taken a position yet", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ana", "dan"], reminders.Select(Recipient).Order().ToList());
        Assert.All(reminders, r => Assert.Equal("direct", r.Visibility()));
        Assert.Contains("vote 1 agree|reservations|disagree|block|abstain", reminders[0].Text());
        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().StartsWith("Proposal 1 is", StringComparison.Ordinal));
        await Playground.SayAsync("dan", "vote 1 agree");

        // Dan's action, due the day after he took it on, is overdue in status.
        var status = Single(await Playground.SayAsync("ana", "status")).CardJson();
        Assert.Contains("2 open, 1 overdue: 2. print the flyers (Dan, was due ", status);

        await Playground.AdvanceAsync("P1D");
        var messages = (await Playground.OutboxAsync(cursor)).Messages;
        Assert.Equal(2, messages.Count(m => m.Text().Contains("you have not taken a position yet", StringComparison.Ordinal)));
        var outcome = Assert.Single(messages, m => m.Text().StartsWith("Proposal 1 is provisionally agreed", StringComparison.Ordinal));
        Assert.Contains("(2 agree, 0 agree with reservations, 0 disagree, 0 block, 1 abstain)", outcome.Text());
        Assert.Contains("Turnout: 3 of 4 took part (1 abstains); the quorum of 60% needs 3. No position from Ana.", outcome.Text());

        // The day before it is due, Chloe heard of her action, once; Dan's, due the day after he took it on, needed none.
        var actionReminder = Assert.Single(messages, m => m.Text().StartsWith("A reminder from Warm Homes", StringComparison.Ordinal));
        Assert.Equal(("direct", "chloe"), (actionReminder.Visibility(), Recipient(actionReminder)));
        Assert.Contains("your action 1. book the hall is due", actionReminder.Text());

        // Done closes an action; an unknown id is refused.
        Assert.Equal("There is no action, obstacle or risk 9. `actions`, `obstacles` and `risks` list them.", Single(await Playground.SayAsync("chloe", "done 9")).Text());
        var done = Single(await Playground.SayAsync("chloe", "done 1"));
        Assert.Equal(("channel", "Action 1 is done: book the hall. Thanks, Chloe!"), (done.Visibility(), done.Text()));
        Assert.Equal("Action 1 is done already.", Single(await Playground.SayAsync("chloe", "done 1")).Text());
        Assert.Contains("1 open, 1 overdue", Single(await Playground.SayAsync("ana", "status")).CardJson());
        await Playground.AdvanceAsync("P2D");
        Assert.Single((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().StartsWith("A reminder from Warm Homes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Below_the_quorum_a_proposal_is_not_decided_and_says_so()
    {
        await Playground.SayAsync("ana", "decide quorum 75%");
        var card = Single(await Playground.SayAsync("ana", "propose logistics: Meet on Tuesdays closes 1d"));
        Assert.Contains("logistics", card.CardJson());
        await Playground.ClickAsync("ben", card.Id(), "agree");
        await Playground.SayAsync("chloe", "vote 1 abstain");
        var closed = await Playground.SayAsync("ana", "close 1");
        var outcome = Assert.Single(closed, m => m!["updatesMessageId"] is null)!;
        Assert.StartsWith("Proposal 1 is not decided: too few took part", outcome.Text());
        Assert.Contains("Turnout: 2 of 4 took part (1 abstains); the quorum of 75% needs 3. No position from Ana, Dan.", outcome.Text());
        Assert.Contains("Nothing was decided; it can be proposed again.", outcome.Text());
    }

    [Fact]
    public async Task The_agenda_drafts_open_proposals_obstacles_overdue_actions_and_what_the_phase_lacks()
    {
        Assert.Equal("Write `agenda` for a draft only you see, or `agenda post` to put it in the channel.", Single(await Playground.SayAsync("ben", "agenda soon")).Text());
        await Playground.SayAsync("ana", "propose Meet in the library closes 5d");
        await Playground.SayAsync("ben", "obstacle no meeting room");
        await Playground.SayAsync("chloe", "action print the flyers owner @chloe due tomorrow");
        await Playground.AdvanceAsync("P2D");

        var draft = Single(await Playground.SayAsync("dan", "agenda"));
        Assert.Equal(("onlyUser", "Draft agenda for the next meeting of Warm Homes."), (draft.Visibility(), draft.Text()));
        var facts = Facts(draft);
        Assert.Equal(4, facts.Count);
        Assert.StartsWith("Open proposals (1): • 1. Meet in the library (closes ", facts[0]);
        Assert.Equal("Obstacles (1): • 1. no meeting room (open 2 days)", facts[1]);
        Assert.StartsWith("Overdue actions (1): • 1. print the flyers (Chloe, was due ", facts[2]);
        Assert.Equal("What Understand still lacks (2): • Challenge stated\n• Key terms defined", facts[3]);

        Assert.Equal("channel", Single(await Playground.SayAsync("dan", "agenda post")).Visibility());
    }

    [Fact]
    public async Task The_check_in_asks_owners_about_their_open_actions_and_the_digest_lists_the_overdue_ones()
    {
        await Playground.SayAsync("ana", "role @ana convener,facilitator");
        await Playground.SayAsync("ana", "action call the board owner @ben due tomorrow");
        await Playground.SayAsync("ana", "action book the hall owner @ben due 3 weeks");
        await Playground.SayAsync("ana", "checkin every monday 09:00");
        var (_, cursor) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P8D");

        var prompts = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal)).ToList();
        var toBen = prompts.First(m => Recipient(m) == "ben").Text();
        Assert.Matches(@"And how are your open actions going\? 1\. call the board \(was due [A-Za-z]{3} \d+ [A-Za-z]{3}\); 2\. book the hall \(due ", toBen);
        Assert.All(prompts.Where(m => Recipient(m) != "ben"), m => Assert.DoesNotContain("open actions", m.Text()));

        await Playground.SayAsync("ana", "digest to me every friday 15:00");
        var mine = Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Contains(Facts(mine!), f => f.StartsWith("Warm Homes: actions: 2 open, 1 overdue: 1. call the board (Ben, was due ", StringComparison.Ordinal));
        await Playground.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var shared = Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Contains(Facts(shared!), f => f.StartsWith("Warm Homes: actions: 2 open, 1 overdue: 1. call the board (was due ", StringComparison.Ordinal));
    }

    /// <summary>The card's facts as "label: value", unescaped.</summary>
    private static List<string> Facts(JsonNode message) =>
        message["card"]!["facts"]!.AsArray().Select(f => $"{f!["label"]!.GetValue<string>()}: {f["value"]!.GetValue<string>()}").ToList();

    private static JsonNode Single(JsonArray replies) => Assert.Single(replies)!;

    private static string Recipient(JsonNode? message) => message!["recipientUserId"]!.GetValue<string>();
}

public sealed class SqliteDecideActJourney() : DecideActJourney(DatabaseProvider.Sqlite);

public sealed class PostgresDecideActJourney() : DecideActJourney(DatabaseProvider.Postgres);
