using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Catalysts;

/// <summary>The catalyst's answer to a suggestion: post it to the team channel as it is, or dismiss it.</summary>
public static class CatalystSuggestion
{
    public static async Task AnswerAsync(CommandContext context, bool post, string idText, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<ICatalystStore>();
        var intervention = Guid.TryParse(idText, out var id) ? await store.FindAsync(id, cancellationToken) : null;
        var collaboration = intervention is null ? null : await context.Store.FindAsync(intervention.CollaborationId, cancellationToken);
        if (intervention is null || collaboration is null || collaboration.WorkspaceId != context.Workspace.Id)
        {
            context.Refuse("I can't find that suggestion any more.");
            return;
        }

        if (collaboration.FindMember(context.Turn.Who.UserId) is not { } caller || !caller.Holds(Role.Catalyst))
        {
            context.Refuse($"Only {Words.Possessive(collaboration.Name)} catalysts post or dismiss its catalyst suggestions.");
            return;
        }

        if (intervention.Route != CatalystRoute.Suggested)
        {
            context.Refuse(intervention.Route == CatalystRoute.Channel ? "That suggestion is already in the channel." : "That suggestion was dismissed.");
            return;
        }

        if (!post)
        {
            intervention.Dismissed();
            context.ReplyToCaller("Dismissed; I will not post it.");
            return;
        }

        intervention.Posted(context.Now);
        context.Send(new OutboxEntry
        {
            To = new ConversationAddress(context.Turn.Where.Platform, context.Turn.Where.WorkspaceId, collaboration.ChannelId),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(intervention.Message),
            IdempotencyKey = $"catalyst-post:{intervention.Id:N}",
        });
        context.ReplyToCaller($"Posted in {Words.Possessive(collaboration.Name)} channel.");
    }
}
