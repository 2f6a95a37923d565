using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using CollabBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Testing;

/// <summary>
/// The positive marker a "nothing more happens" assertion waits for: the host has finished the work it was given.
/// Every turn in its inbox is handled (or parked), no message (for the conversation) is waiting in its outbox, and a
/// delivery round of every platform has run to its end after that. The dispatcher runs one round per platform at a
/// time, so that last round also waited for any round still sending; from then on, anything the work was going to
/// send has reached the fake, and an absence (or an "exactly once") can be asserted.
/// </summary>
public static class HostWork
{
    public static Task SettledAsync(IServiceProvider services, string? conversationPrefix = null, TimeSpan? timeout = null)
    {
        var factory = services.GetRequiredService<CollabDbContextFactory>();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var state = "";

        async Task<bool> QuietAsync()
        {
            await using var db = factory.Create();
            var openTurns = await db.Inbox.CountAsync(t => t.CompletedAt == null && t.ParkedAt == null);
            var waiting = await db.Outbox.CountAsync(r => r.Status == OutboxStatus.Pending
                && (conversationPrefix == null || r.ConversationId.StartsWith(conversationPrefix)));
            state = $"{openTurns} turn(s) still open, {waiting} message(s) still waiting";
            return openTurns == 0 && waiting == 0;
        }

        return Eventually.UntilAsync(async () =>
        {
            if (!await QuietAsync())
            {
                return false;
            }

            foreach (var platform in dispatcher.Platforms)
            {
                await dispatcher.DispatchDueAsync(platform, default);
            }

            return await QuietAsync();
        }, timeout, () => "the host's work to settle: " + state);
    }
}
