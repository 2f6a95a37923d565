using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Noise;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Noise;

/// <summary>
/// The bot's own posts in a team channel, within the collaboration's weekly budget (<see cref="NoiseBudget"/>): a post
/// over budget is not made (what it would have said comes round again: the wins wait for the next round-up, a rule
/// fires again after its cool-down). Posts the team must know always go, and count.
/// </summary>
public static class ChannelPosts
{
    public static async Task<bool> HasRoomAsync(IServiceProvider services, Collaboration collaboration, DateTimeOffset now, CancellationToken cancellationToken) =>
        NoiseBudget.ChannelHasRoom(
            await services.GetRequiredService<ISignalStore>().BotPostsSinceAsync(collaboration.Id, now - NoiseBudget.Week, cancellationToken),
            collaboration.ChannelPostBudget);

    /// <summary>Posts unless over budget (or already posted under this key); returns whether it was posted.</summary>
    public static async Task<bool> TryPostAsync(
        IServiceProvider services, IUnitOfWork unitOfWork, Collaboration collaboration, OutboxEntry entry, string kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        await HasRoomAsync(services, collaboration, now, cancellationToken) && await PostAsync(services, unitOfWork, collaboration, entry, kind, now, cancellationToken);

    /// <summary>A post the team must know (a phase overrun, a decision's outcome): it goes whatever the budget, and counts.</summary>
    public static async Task<bool> PostAsync(
        IServiceProvider services, IUnitOfWork unitOfWork, Collaboration collaboration, OutboxEntry entry, string kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await unitOfWork.EnqueueAsync(entry, cancellationToken))
        {
            return false;
        }

        services.GetRequiredService<ISignalStore>().Add(new BotPost(collaboration.Id, kind, now));
        return true;
    }
}
