using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Plain;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Commands;

/// <summary>What a command sees of the turn, and how it answers.</summary>
public sealed class CommandContext(
    InboundTurn turn, Workspace workspace, Collaboration? collaboration, ICollaborationStore store, DateTimeOffset now, IServiceProvider services)
{
    private readonly List<OutboxEntry> _replies = [];
    private readonly HashSet<string> _replyKeys = new(StringComparer.Ordinal);

    public InboundTurn Turn { get; } = turn;
    public Workspace Workspace { get; } = workspace;
    public Collaboration? Collaboration { get; set; } = collaboration;
    public ICollaborationStore Store { get; } = store;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The turn's scope: stores here share the turn's unit of work.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Today in the collaboration's (or UTC's) calendar.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    public TimeZoneInfo Zone => TimeZones.TryResolve(Collaboration?.TimeZoneId ?? "UTC", out var zone) ? zone : TimeZoneInfo.Utc;
    public IReadOnlyList<OutboxEntry> Replies => _replies;

    /// <summary>What records the turn as handled; its replies' keys are made from it (<see cref="TurnReplyKey"/>).</summary>
    public TurnRecord Record { get; init; } = new(turn.DedupKey);

    /// <summary>The inbox row of the turn, when it came from the inbox.</summary>
    public long? InboxId => Record.InboxId;

    /// <summary>The outbox key of the turn's next reply: one of the turn's own keys, written only with its record.</summary>
    public string NextReplyKey()
    {
        var key = TurnReplyKey.Of(Turn.Where.Platform, Record, _replies.Count);
        _replyKeys.Add(key);
        return key;
    }

    /// <summary>Whether the message is keyed with one of the turn's own reply keys (so it needs no lookup before it is written).</summary>
    internal bool HasOwnKey(OutboxEntry message) => _replyKeys.Contains(message.IdempotencyKey);

    /// <summary>The bound collaboration; only for commands with <see cref="IBotCommand.NeedsCollaboration"/>.</summary>
    public Collaboration RequiredCollaboration =>
        Collaboration ?? throw new InvalidOperationException("This command runs only where a collaboration is bound.");

    /// <summary>The caller as a member of the bound collaboration, if they joined.</summary>
    public Member? Caller => Collaboration?.FindMember(Turn.Who.UserId);

    /// <summary>The caller as a member; when they have not joined, refuses with how to join and returns null.</summary>
    public Member? CallerOrRefuse()
    {
        if (Caller is { } member)
        {
            return member;
        }

        Refuse("Join first (`join as <sector>`).");
        return null;
    }

    /// <summary>Everyone in the conversation sees it.</summary>
    public void ReplyToChannel(string text, Card? card = null) => Add(Visibility.Channel, null, text, card);

    /// <summary>Only the caller sees it (in plain words if they said `plain on`).</summary>
    public void ReplyToCaller(string text, Card? card = null) => Add(Visibility.OnlyUser, Turn.Who.UserId, text, card);

    /// <summary>Only the caller sees it, word for word even with `plain on`: an explanation of the bot's own terms.</summary>
    public void ExplainToCaller(string text) => Add(Visibility.OnlyUser, Turn.Who.UserId, text, null, asIs: true);

    public void SendDirect(string userId, string text, Card? card = null) => Add(Visibility.Direct, userId, text, card);

    /// <summary>Records that a member took part; nothing is answered for it.</summary>
    public void Signal(Member member, ParticipationKind kind) =>
        Services.GetRequiredService<IParticipationLog>().Record(new ParticipationSignal(member.CollaborationId, member.Id, kind, Now));

    /// <summary>A message with a key of its own (e.g. "once per member"); it is written unless that key exists.</summary>
    public void Send(OutboxEntry entry) => _replies.Add(entry);

    /// <summary>A refusal or an error: only the caller sees it, and nothing changes. Never longer than one short post.</summary>
    public void Refuse(string text)
    {
        WasRefused = true;
        ReplyToCaller(text.Length <= MaxRefusalLength ? text : Excerpt.Of(text, MaxRefusalLength));
    }

    private const int MaxRefusalLength = 1000;

    /// <summary>Whether the turn was refused (<see cref="Refuse"/>).</summary>
    public bool WasRefused { get; private set; }

    private void Add(Visibility visibility, string? recipient, string text, Card? card, bool asIs = false)
    {
        var message = new OutboundMessage(text, card);
        _replies.Add(new OutboxEntry
        {
            To = Turn.Where,
            Visibility = visibility,
            RecipientUserId = recipient,
            // Someone who said `plain on` reads the bot's words in plain language (issue 27, item 2).
            Message = recipient is null || asIs ? message : PlainMessages.For(Collaboration?.FindMember(recipient), message),
            IdempotencyKey = NextReplyKey(),
        });
    }
}
