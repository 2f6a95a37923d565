using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Collaborations;

public sealed class RolesCommand : IBotCommand
{
    public string Name => "roles";
    public string Usage => "roles";
    public string Summary => "Who holds which leadership role; roles nobody holds yet.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var roles = RoleNames.Assignable.Where(r => r != Role.Member).ToList();
        var facts = roles.Select(role =>
        {
            var holders = collaboration.Members.Where(m => m.Holds(role)).Select(m => m.DisplayName).ToList();
            return new CardFact(role.ToString(), holders.Count == 0 ? "nobody yet" : string.Join(", ", holders));
        }).ToList();
        var unheld = roles.Where(r => !collaboration.Members.Any(m => m.Holds(r))).Select(r => r.ToString().ToLowerInvariant()).ToList();
        context.ReplyToCaller($"Roles in {collaboration.Name}.", new Card
        {
            Title = "Roles",
            Facts = facts,
            Note = (unheld.Count > 0 ? $"Nobody holds: {string.Join(", ", unheld)}. " : "")
                + "Leadership is shared: anyone may hold several roles. Conveners assign them with `role @user <role>[,<role>]`.",
        });
        return Task.CompletedTask;
    }
}
