using CollabBot.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>Turns accepted into the host's inbox as a Slack or Teams adapter accepts them, handled by the host's own worker.</summary>
public sealed class InboxTurns(CollabBotApp app)
{
    public static InboundTurn Command(Platform platform, string workspace, string conversation, string userId, string text, string dedupKey, string? userName = null) => new()
    {
        Where = new ConversationAddress(platform, workspace, conversation),
        Who = new MemberRef(userId, userName ?? userId),
        Kind = TurnKind.Command,
        Text = text,
        DedupKey = dedupKey,
    };

    /// <summary>Stores the turn as an adapter does and wakes the worker; false when its key was accepted before.</summary>
    public async Task<bool> AcceptAsync(InboundTurn turn)
    {
        var accepted = await app.Services.GetRequiredService<ITurnInbox>().AcceptAsync(turn, default);
        app.Services.GetRequiredService<TurnInboxSignal>().Notify();
        return accepted;
    }

    /// <summary>Waits until no inbox row of these keys is left open; false when some still are at the timeout.</summary>
    public Task<bool> AllClosedAsync(IReadOnlyCollection<string> dedupKeys, TimeSpan timeout) => Eventually.TrueAsync(
        async () => await OpenAsync(dedupKeys) == 0, timeout);

    /// <summary>How many of these keys are missing from the inbox or not completed there.</summary>
    public async Task<int> OpenAsync(IReadOnlyCollection<string> dedupKeys)
    {
        await using var db = app.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var keys = dedupKeys.ToList();
        var closed = await db.Inbox.CountAsync(t => keys.Contains(t.DedupKey) && t.CompletedAt != null);
        return keys.Count - closed;
    }
}
