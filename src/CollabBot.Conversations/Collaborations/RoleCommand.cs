using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Collaborations;

public sealed class RoleCommand : IBotCommand
{
    private static readonly string RoleList = string.Join(", ", RoleNames.Assignable.Select(r => r.ToString().ToLowerInvariant()));

    public string Name => "role";
    public string Usage => "role @user <role>[,<role>]";
    public string Summary => $"Conveners: set a member's roles ({RoleList}).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can assign roles. Type `status` to see who convenes.");
            return Task.CompletedTask;
        }

        var target = MemberMention.Resolve(arguments, collaboration, context.Turn.Mentions);
        if (target is null)
        {
            context.Refuse("Name the member with an @mention, e.g. `role @ana facilitator,catalyst`.");
            return Task.CompletedTask;
        }

        var words = target.Rest.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            context.Refuse($"Which roles should {target.DisplayName} hold? Choose from: {RoleList}.");
            return Task.CompletedTask;
        }

        var roles = Role.None;
        foreach (var word in words)
        {
            if (!RoleNames.TryParse(word, out var role))
            {
                context.Refuse($"\"{Excerpt.Of(word)}\" is not a role. Choose from: {RoleList}.");
                return Task.CompletedTask;
            }

            roles |= role;
        }

        var member = collaboration.FindMember(target.UserId);
        var otherConveners = collaboration.Members.Count(m => m.Holds(Role.Convener) && m.PlatformUserId != target.UserId);
        if (member is not null && member.Holds(Role.Convener) && !roles.HasFlag(Role.Convener) && otherConveners == 0)
        {
            context.Refuse($"{member.DisplayName} is the only convener; make someone else convener first.");
            return Task.CompletedTask;
        }

        member ??= collaboration.Join(target.UserId, target.DisplayName, context.Now);
        member.SetRoles(roles);
        context.ReplyToCaller($"{member.DisplayName} now holds: {RoleNames.Display(member.Roles)}.");
        return Task.CompletedTask;
    }
}
