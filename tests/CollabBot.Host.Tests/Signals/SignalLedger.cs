using System.Text.Json.Nodes;

namespace CollabBot.Host.Tests.Signals;

/// <summary>A message the bot delivered in the run, with the day it reached the Playground.</summary>
public sealed record BotMessage(long Id, string Conversation, string Visibility, string? Recipient, string Text, JsonNode? Card, int Day, bool UpdatesEarlier)
{
    public bool IsPrivate => Visibility is "direct" or "onlyUser";

    public IEnumerable<(string Label, string Value)> Facts => Card?["facts"]?.AsArray()
        .Select(f => (f!["label"]!.GetValue<string>(), f["value"]!.GetValue<string>())) ?? [];
}

/// <summary>A message a person wrote in a channel (chatter or a command).</summary>
public sealed record HumanPost(string Conversation, string UserId, int Day);

/// <summary>Everything the run saw: the bot's messages once each, people's posts, and which replies answered whom.</summary>
public sealed class SignalLedger
{
    private readonly Dictionary<long, BotMessage> _messages = [];
    private readonly HashSet<(long Id, string UserId)> _answers = [];
    private readonly List<HumanPost> _posts = [];
    private readonly Dictionary<string, int> _lastActive = [];
    private readonly HashSet<string> _nonWins = [];

    public IEnumerable<BotMessage> Messages => _messages.Values.OrderBy(m => m.Id);
    public IReadOnlyList<HumanPost> Posts => _posts;
    public IReadOnlySet<string> NonWins => _nonWins;

    public int Day { get; set; }

    public void Delivered(JsonNode message)
    {
        var id = message["id"]!.GetValue<long>();
        _messages.TryAdd(id, new BotMessage(id, message["conversationId"]!.GetValue<string>(), message["visibility"]!.GetValue<string>(),
            message["recipientUserId"]?.GetValue<string>(), message["text"]!.GetValue<string>(), message["card"]?.DeepClone(), Day,
            message["updatesMessageId"] is not null));
    }

    /// <summary>A turn of <paramref name="userId"/> and the replies it got: those are not unsolicited for them.</summary>
    public void Turn(string conversation, string userId, bool post, JsonArray replies)
    {
        if (post)
        {
            _posts.Add(new HumanPost(conversation, userId, Day));
        }

        _lastActive[userId] = Day;
        foreach (var reply in replies)
        {
            Delivered(reply!);
            _answers.Add((reply!["id"]!.GetValue<long>(), userId));
        }
    }

    public void NonWin(string text) => _nonWins.Add(text);

    public bool AnsweredTurnOf(BotMessage message, string userId) => _answers.Contains((message.Id, userId));

    public int? LastActive(string userId) => _lastActive.TryGetValue(userId, out var day) ? day : null;
}
