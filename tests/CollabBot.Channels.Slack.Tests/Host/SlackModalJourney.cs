using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.Tests.Fakes;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// A form submitted in a Slack modal on the real host: the turn carries its modal, so the answer finds it however fast
/// the turn is handled.
/// </summary>
[Collection(SlackHostCollection.Name)]
public abstract class SlackModalJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Team = "T00FAKE00BB";
    private const string Channel = "C00FAKECHAN2";

    // The interactivity fixtures' user.
    private const string Submitter = "U00FAKEUSER2";

    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "slack-modal");
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_modal_shows_its_answer_even_when_the_answer_goes_out_before_the_submission_is_answered()
    {
        // The race: the worker handles the submitted turn and delivers its answer while the submission's request still
        // runs. Here every channel-state write waits until that answer went out (a busy database), so whatever the request
        // would write after storing the turn comes too late for the answer.
        var holding = false;
        await using var app = new SlackHostApp(_database, _slack, services: s => HoldStateWrites(s, () => holding && Answers().Count == 0));
        var http = app.Http();
        await SlashAsync(http, "U00FAKEUSER9", "start Warm Homes");
        await SlashAsync(http, Submitter, "join as citizen");
        await SlashAsync(http, "U00FAKEUSER9", "puzzle Why do tenants stay away from the meetings?");
        var card = await Eventually.WaitForAsync(() => Posts().FirstOrDefault(p => p.Arguments["text"]!.GetValue<string>().Contains("Joint puzzle", StringComparison.Ordinal)), p => p is not null);
        var fillIn = card!.Arguments["blocks"]!.AsArray().SelectMany(b => b!["elements"] as JsonArray ?? []).Single(e => e!["action_id"]?.GetValue<string>() == ModalForm.OpenActionId)!;

        await PostAsync(http, Click(fillIn["value"]!.GetValue<string>(), "1769220170.000100"));
        var open = await Eventually.WaitForAsync(() => _slack.CallsTo("views.open").FirstOrDefault(), c => c is not null);
        holding = true;
        await PostAsync(http, Submission(open!, about: "differ", answer: "meetings are at work hours"));

        var update = Assert.Single(await Eventually.WaitForAsync(() => _slack.CallsTo("views.update"), u => u.Count > 0));
        Assert.Equal(("V00MODAL", true), (update.Arguments["view_id"]!.GetValue<string>(), update.Succeeded));
        Assert.Contains("your answer", update.Arguments["view"]!["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(Answers());
    }

    private IReadOnlyList<FakeSlackCall> Posts() => [.. _slack.CallsTo("chat.postMessage").Where(c => c.Channel == Channel && c.Succeeded)];

    private IReadOnlyList<FakeSlackCall> Answers() =>
        [.. _slack.CallsTo("chat.postEphemeral").Where(c => c.Succeeded && c.Arguments["text"]!.GetValue<string>().Contains("your answer", StringComparison.Ordinal))];

    /// <summary>Makes every channel-state write wait while <paramref name="held"/> says so (15 s at most).</summary>
    private static void HoldStateWrites(IServiceCollection services, Func<bool> held)
    {
        var original = services.Last(d => d.ServiceType == typeof(IChannelStateStore));
        services.Remove(original);
        services.AddSingleton<IChannelStateStore>(sp =>
            new HeldStateWrites((IChannelStateStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), held));
    }

    private static async Task SlashAsync(HttpClient http, string user, string text)
    {
        using var response = await http.SendAsync(SlackRequests.Signed(
            "/api/slack/commands", await SlackPayloads.SlashAsync(Team, Channel, user, text), SlackHostApp.Secret, DateTimeOffset.UtcNow, "application/x-www-form-urlencoded"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task PostAsync(HttpClient http, JsonNode payload)
    {
        using var response = await http.SendAsync(SlackRequests.Signed(
            "/api/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), SlackHostApp.Secret, DateTimeOffset.UtcNow,
            "application/x-www-form-urlencoded"));
        response.EnsureSuccessStatusCode();
    }

    private static JsonNode Click(string formValue, string actionTs)
    {
        var click = Fixtures.Json("interactivity-block_actions.json");
        click["actions"] = new JsonArray(new JsonObject { ["action_id"] = ModalForm.OpenActionId, ["type"] = "button", ["value"] = formValue, ["action_ts"] = actionTs });
        return click;
    }

    /// <summary>A view_submission as Slack sends it: the opened view (id, title, blocks, metadata) with the person's input.</summary>
    private static JsonNode Submission(FakeSlackCall open, string about, string answer)
    {
        var submission = Fixtures.Json("interactivity-view_submission.json");
        var view = open.Arguments["view"]!;
        submission["view"]!["id"] = "V00MODAL";
        submission["view"]!["callback_id"] = ModalForm.CallbackId;
        submission["view"]!["title"] = view["title"]!.DeepClone();
        submission["view"]!["blocks"] = view["blocks"]!.DeepClone();
        submission["view"]!["private_metadata"] = view["private_metadata"]!.GetValue<string>();
        submission["view"]!["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                ["about"] = new JsonObject { ["about"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = about } } },
                ["answer"] = new JsonObject { ["answer"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = answer } },
            },
        };
        return submission;
    }

    private sealed class HeldStateWrites(IChannelStateStore inner, Func<bool> held) : IChannelStateStore
    {
        public Task<string?> GetAsync(Platform platform, string key, CancellationToken cancellationToken) => inner.GetAsync(platform, key, cancellationToken);

        public async Task SetAsync(Platform platform, string key, string value, CancellationToken cancellationToken)
        {
            await Eventually.WaitForAsync(held, h => !h, TimeSpan.FromSeconds(15));
            await inner.SetAsync(platform, key, value, cancellationToken);
        }

        public Task<int> DeleteByPrefixAsync(Platform platform, string keyPrefix, CancellationToken cancellationToken) =>
            inner.DeleteByPrefixAsync(platform, keyPrefix, cancellationToken);

        public Task<bool> TryAddAsync(Platform platform, string key, string value, CancellationToken cancellationToken) =>
            inner.TryAddAsync(platform, key, value, cancellationToken);

        public Task<int> DeleteWrittenBeforeAsync(Platform platform, string keyPrefix, DateTimeOffset before, CancellationToken cancellationToken) =>
            inner.DeleteWrittenBeforeAsync(platform, keyPrefix, before, cancellationToken);
    }
}

public sealed class SqliteSlackModalJourney() : SlackModalJourney(DatabaseProvider.Sqlite);

public sealed class PostgresSlackModalJourney() : SlackModalJourney(DatabaseProvider.Postgres);
