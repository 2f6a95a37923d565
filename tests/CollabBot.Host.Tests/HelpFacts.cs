using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Conversations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Help;
using CollabBot.Conversations.Messages;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>`help` fits on a screen and speaks to the reader's role and phase; topics and commands give the detail.</summary>
[Collection(HostCollection.Name)]
public sealed class HelpFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "help")
{
    private const int ScreenLines = 12;

    [Fact]
    public async Task Help_is_a_handful_of_topics_for_the_callers_role_and_phase_on_one_screen()
    {
        var newcomer = await HelpAsync("ana");
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        var convener = await HelpAsync("ana");
        var member = await HelpAsync("ben");
        var stranger = await HelpAsync("zoe");
        await Playground.SayAsync("ana", "challenge Too many homes are cold");
        await Playground.SayAsync("ana", "phase next confirm");
        var later = await HelpAsync("ana");

        foreach (var help in new[] { newcomer, convener, member, stranger, later })
        {
            Assert.InRange(Lines(help), 4, ScreenLines);
            Assert.True(Text(help).Length < 1200, $"{Text(help).Length} characters: {Text(help)}");
            SlackBlockKitCheck.WithinLimits(BlockKitRenderer.Render(help), help.Text);
            Assert.Single(AdaptiveCardRenderer.Render(help, 28 * 1024));
        }

        Assert.Equal(["start", "privacy"], Topics(newcomer));
        Assert.Contains("`start <name>`", newcomer.Card!.Body);
        Assert.Equal(["start", "checkins", "decide", "work", "reach", "health", "digest", "privacy"], Topics(convener));
        Assert.Equal(["start", "checkins", "decide", "work", "reach", "privacy"], Topics(member));
        Assert.Contains("`challenge <text>`", convener.Card!.Body);
        Assert.Contains("`join as <sector>`", stranger.Card!.Body);
        Assert.StartsWith("What you can do in Warm Homes (Ideate)", later.Text);
        Assert.Contains("`propose <idea>`", later.Card!.Body);
    }

    [Fact]
    public async Task A_topic_lists_its_commands_and_a_command_explains_itself()
    {
        await Playground.SayAsync("ana", "start Warm Homes");

        var topic = Assert.Single(await Playground.SayAsync("ana", "help checkins"));
        var command = Assert.Single(await Playground.SayAsync("ana", "help checkin"));
        var alias = Assert.Single(await Playground.SayAsync("ana", "help get started"));

        var commands = topic!["card"]!.Deserialize<Card>(CollabJson.Options)!.Facts.Select(f => f.Label).ToList();
        Assert.Equal(10, commands.Count);
        Assert.Contains(commands, c => c.StartsWith("`commit <what I want", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("`checkin", StringComparison.Ordinal));
        Assert.StartsWith("`checkin", command.Text());
        Assert.Contains("More in `help checkins`.", command.Text());
        Assert.Contains("`start <name>`", alias!["card"]!.Deserialize<Card>(CollabJson.Options)!.Facts.Select(f => f.Label));
    }

    [Fact]
    public void Every_command_is_in_a_topic_and_every_topic_command_exists()
    {
        var router = App.Services.GetRequiredService<CommandRouter>();
        var inTopics = HelpTopics.All.SelectMany(t => t.Commands).ToHashSet();

        Assert.All(router.Commands, c => Assert.Contains(c.Name, inTopics));
        Assert.All(inTopics, n => Assert.NotNull(router.Find(n)));
    }

    [Theory]
    [InlineData("foo bar", "I don't know the command `foo`. Type `help` for what you can do, or a topic: `help start`, `help privacy`.")]
    [InlineData("hepl", "I don't know the command `hepl`. Did you mean `help [topic or command]`?")]
    [InlineData("help foo", "There is no help on `foo`. Topics: `help start`, `help privacy`.")]
    [InlineData("help chekin", "There is no help on `chekin`. Did you mean `help checkin`?")]
    public async Task Did_you_mean_only_for_a_close_match_otherwise_the_topics(string text, string expected)
    {
        var reply = Assert.Single(await Playground.SayAsync("ana", text));

        Assert.Equal(expected, reply.Text());
    }

    private async Task<OutboundMessage> HelpAsync(string userId)
    {
        var reply = Assert.Single(await Playground.SayAsync(userId, "help"));
        return new OutboundMessage(reply.Text(), reply!["card"]!.Deserialize<Card>(CollabJson.Options));
    }

    private static List<string> Topics(OutboundMessage help) =>
        help.Card!.Facts.Select(f => f.Label.Trim('`')["help ".Length..]).ToList();

    /// <summary>The lines a person reads: the message, the card's title, body, one per topic, the note.</summary>
    private static int Lines(OutboundMessage help) =>
        1 + (help.Card!.Title is null ? 0 : 1) + (help.Card!.Body is null ? 0 : 1) + help.Card!.Facts.Count + (help.Card!.Note is null ? 0 : 1);

    private static string Text(OutboundMessage help) =>
        string.Join("\n", new[] { help.Text, help.Card!.Title, help.Card.Body, help.Card.Note }.Concat(help.Card.Facts.Select(f => $"{f.Label} {f.Value}")));
}
