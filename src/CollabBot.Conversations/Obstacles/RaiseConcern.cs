using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

/// <summary>Shared by `obstacle` and `risk`; check-in answers can raise obstacles the same way.</summary>
internal static class RaiseConcern
{
    public static async Task<Concern?> RaiseAsync(CommandContext context, ConcernKind kind, string text, Guid? ownerId, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return null;
        }

        var store = context.Services.GetRequiredService<IConcernStore>();
        var concern = Concern.Raise(collaboration.Id, await store.NextNumberAsync(collaboration.Id, kind, cancellationToken), kind, text, caller.Id, ownerId, context.Now);
        store.Add(concern);
        return concern;
    }
}
