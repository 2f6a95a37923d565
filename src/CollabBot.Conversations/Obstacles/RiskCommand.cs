using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

public sealed class RiskCommand : IBotCommand
{
    public string Name => "risk";
    public string Usage => "risk <text> [owner @user]";
    public string Summary => "Note a risk, optionally with the member who owns it.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var at = arguments.LastIndexOf(" owner ", StringComparison.OrdinalIgnoreCase);
        var text = at < 0 ? arguments : arguments[..at];
        Guid? ownerId = null;
        if (at >= 0)
        {
            var owner = MemberMention.Resolve(arguments[(at + 7)..], collaboration, context.Turn.Mentions);
            if (owner is null || owner.Rest.Length > 0 || collaboration.FindMember(owner.UserId) is not { } member)
            {
                context.Refuse("Name the owner with an @mention of a member, e.g. `risk tenants fear rent rises owner @ben`.");
                return;
            }

            ownerId = member.Id;
        }

        if (await RaiseConcern.RaiseAsync(context, ConcernKind.Risk, text, ownerId, cancellationToken) is { } risk)
        {
            var owned = risk.OwnerId is null ? " Nobody owns it yet." : $" Owner: {Collaborations.MemberNames.Of(collaboration, risk.OwnerId)}.";
            context.ReplyToCaller($"Risk {risk.Number} noted: {risk.Text}.{owned}");
        }
    }
}
