using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Conversations.Commands;

/// <summary>What a command sees of the turn, and how it answers.</summary>
public sealed class CommandContext(
    InboundTurn turn, Workspace workspace, Collaboration? collaboration, ICollaborationStore store, DateTimeOffset now,
    IServiceProvider? services = null)
{
    private readonly List<OutboxEntry> _replies = [];

    public InboundTurn Turn { get; } = turn;
    public Workspace Workspace { get; } = workspace;
    public Collaboration? Collaboration { get; set; } = collaboration;
    public ICollaborationStore Store { get; } = store;
    public DateTimeOffset Now { get; } = now;
    public IReadOnlyList<OutboxEntry> Replies => _replies;

    /// <summary>The turn's scope: feature stores (decisions, glossary...) share its unit of work.</summary>
    public IServiceProvider Services => services ?? throw new InvalidOperationException("This context has no service scope.");

    /// <summary>The bound collaboration; only for commands with <see cref="IBotCommand.NeedsCollaboration"/>.</summary>
    public Collaboration RequiredCollaboration =>
        Collaboration ?? throw new InvalidOperationException("This command runs only where a collaboration is bound.");

    /// <summary>The caller as a member of the bound collaboration, if they joined.</summary>
    public Member? Caller => Collaboration?.FindMember(Turn.Who.UserId);

    /// <summary>Everyone in the conversation sees it.</summary>
    public void ReplyToChannel(string text, Card? card = null) => Add(Visibility.Channel, null, text, card);

    /// <summary>Only the caller sees it.</summary>
    public void ReplyToCaller(string text, Card? card = null) => Add(Visibility.OnlyUser, Turn.Who.UserId, text, card);

    public void SendDirect(string userId, string text, Card? card = null) => Add(Visibility.Direct, userId, text, card);

    /// <summary>
    /// A message with a key of its own, e.g. a card whose later versions replace it in place
    /// (<see cref="OutboxEntry.UpdatesMessageId"/>) or a message that must be written once per logical event.
    /// </summary>
    public void Post(OutboxEntry entry) => _replies.Add(entry);

    /// <summary>A refusal or an error: only the caller sees it, and nothing changes.</summary>
    public void Refuse(string text) => ReplyToCaller(text);

    private void Add(Visibility visibility, string? recipient, string text, Card? card) =>
        _replies.Add(new OutboxEntry
        {
            To = Turn.Where,
            Visibility = visibility,
            RecipientUserId = recipient,
            Message = new OutboundMessage(text, card),
            IdempotencyKey = $"turn:{Turn.Where.Platform}:{Turn.DedupKey}:{_replies.Count}",
        });
}
