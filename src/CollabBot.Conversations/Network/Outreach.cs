using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;
using CollabBot.Domain.Network;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Network;

/// <summary>Records one piece of evidence that the work reached outside the team; answers the caller only (the stage change, if any, is told to all).</summary>
public static class Outreach
{
    public static void Record(CommandContext context, OutreachKind kind, string text, string thanks)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        if (kind == OutreachKind.Endorsed && !member.Holds(Role.Sponsor))
        {
            context.Refuse("Only a sponsor can endorse the work. Note where you shared it with `shared <where>`, or name who takes it up with `adopter <who>`.");
            return;
        }

        // An empty or overlong text is refused by the report itself (DomainRuleViolation), before anything is recorded.
        var report = new OutreachReport(member.CollaborationId, member.Id, kind, text, context.Now);
        context.Services.GetRequiredService<INetworkStore>().Add(report);
        context.Signal(member, ParticipationKind.Command);
        context.ReplyToCaller($"{thanks} `status` shows how far the team reaches.");
    }
}
