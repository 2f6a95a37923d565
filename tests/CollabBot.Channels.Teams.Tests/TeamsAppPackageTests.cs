using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// The app package and every card the bot sends, validated with Microsoft's own JavaScript libraries
/// (@microsoft/app-manifest with its bundled schemas, adaptivecards), run by Node from tests/js-validation.
/// </summary>
public sealed class TeamsAppPackageTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static string ManifestDirectory => Repository.PathTo("manifests", "teams");

    /// <summary>
    /// Teams shows at most 10 commands per list (one list per scope). The lists name only real commands and use
    /// every slot, or name every command when they fit; the rest are found by typing <c>help</c>.
    /// </summary>
    [Fact]
    public void The_manifest_command_lists_name_real_commands_and_use_every_slot()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json")))!;
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var listed = lists.SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string)c!["title"]!).ToList();

        var commands = fixture.Host.Services.GetRequiredService<CommandRouter>().Commands.Select(c => c.Name).ToHashSet();

        Assert.All(lists, l => Assert.InRange(l!["commands"]!.AsArray().Count, 1, 10));
        Assert.All(listed, title => Assert.Contains(title, commands));
        Assert.All(lists, l => Assert.Contains("help", l!["commands"]!.AsArray().Select(c => (string)c!["title"]!)));
        var slots = lists.Count * 10 - (lists.Count - 1);
        Assert.Equal(Math.Min(commands.Count, slots), listed.Distinct().Count());
        Assert.Equal(["groupChat", "personal", "team"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!).Order().ToList());
    }

    [Fact]
    public async Task The_manifest_and_every_card_the_bot_sends_validate_with_Microsofts_libraries()
    {
        var work = Directory.CreateTempSubdirectory("collabbot-teams-validation-");
        try
        {
            var cards = await CollectCardsAsync();
            Assert.True(cards.Count >= 5, $"only {cards.Count} distinct cards collected");
            for (var i = 0; i < cards.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(work.FullName, $"card-{i:D2}.json"), cards[i]);
            }

            // The package as build-package.cs makes it: manifest with real values beside the two icons.
            var package = work.CreateSubdirectory("package");
            File.Copy(Path.Combine(ManifestDirectory, "color.png"), Path.Combine(package.FullName, "color.png"));
            File.Copy(Path.Combine(ManifestDirectory, "outline.png"), Path.Combine(package.FullName, "outline.png"));
            var manifestPath = Path.Combine(package.FullName, "manifest.json");
            var filled = (await File.ReadAllTextAsync(Path.Combine(ManifestDirectory, "manifest.json")))
                .Replace("${{MICROSOFT_APP_ID}}", fixture.AppId, StringComparison.Ordinal)
                .Replace("${{BOT_DOMAIN}}", "collabbot.example.org", StringComparison.Ordinal);
            await File.WriteAllTextAsync(manifestPath, filled);

            var (exitCode, output) = await NodeValidator.RunAsync(manifestPath, work.FullName);

            Assert.True(exitCode == 0, output);
            Assert.Contains("manifest 1.17: 0 schema failure(s)", output, StringComparison.Ordinal);
            Assert.Contains($"cards: {cards.Count} validated", output, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Drives the real bot through a collaboration's commands and keeps every distinct card it posted, plus a form with every input kind.</summary>
    private async Task<List<string>> CollectCardsAsync()
    {
        var seed = fixture.Activity("message-channel-mention.json", out var channelId);
        var commands = new[] { "start Warm Homes", "help", "join", "challenge Cold homes", "goal Every home warm", "status", "phase", "timezone Europe/Paris", "checkin", "checkin every monday 09:00", "me", "win Fixed the heater", "offer Training days", "offers", "health", "nonsense" };
        foreach (var command in commands)
        {
            var activity = fixture.Activity("message-channel-mention.json", out _);
            activity["conversation"]!["id"] = channelId;
            activity["from"] = seed["from"]!.DeepClone();
            activity["text"] = "<at>Chat SDK Demo</at> " + command;
            Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
        }

        // Every command answers at least once (in the channel or the caller's 1:1 chat); wait for all of them.
        await fixture.Fakes.WaitForAsync(all => all.Count(r => r.Body?["attachments"] is not null) >= commands.Length, TimeSpan.FromSeconds(30));
        // Some commands answer more than once: every card is in once the host has handled every turn and sent every message.
        await HostWork.SettledAsync(fixture.Host.Services, timeout: TimeSpan.FromSeconds(30));
        var cards = fixture.Fakes.Requests.Select(r => r.Body?["attachments"]?[0]?["content"]).OfType<JsonNode>()
            .Select(c => c.ToJsonString()).Distinct().ToList();
        var form = new Card
        {
            Title = "Check-in",
            Inputs =
            [
                new CardInput { Id = "win", Label = "A small win", Kind = InputKind.MultilineText, Required = true, Placeholder = "What went well?" },
                new CardInput { Id = "mood", Label = "Mood", Kind = InputKind.Choice, Choices = [new CardChoice("good", "Good"), new CardChoice("meh", "Meh")] },
                new CardInput { Id = "note", Label = "Note" },
            ],
            ImageUrl = "https://collabbot.example.org/images/weekly.png",
            ImageAlt = "Contributions per week",
            Actions = [new CardAction { Id = "send", Title = "Send", Style = ActionStyle.Primary }, new CardAction { Id = "skip", Title = "Skip", Style = ActionStyle.Danger }],
        };
        cards.AddRange(AdaptiveCardRenderer.Render(new OutboundMessage("Your weekly check-in", form), 28 * 1024).Select(c => c.ToJsonString()));
        return cards;
    }
}
