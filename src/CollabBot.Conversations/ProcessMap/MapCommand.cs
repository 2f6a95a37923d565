using CollabBot.Conversations.Commands;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ProcessMap;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ProcessMap;

public sealed class MapCommand : IBotCommand
{
    public string Name => "map";
    public string Usage => "map [@user <phase> lead|contribute|consult|inform]";
    public string Summary => "The process map: who takes part when and how; conveners set a member's part in a phase. The facilitators hear of a lead or contributor of the current phase silent for two weeks.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var store = context.Services.GetRequiredService<IProcessMapStore>();
        var entries = await store.ListAsync(collaboration.Id, cancellationToken);
        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"Process map of {collaboration.Name}.", ProcessMapCard.For(collaboration, entries));
            return;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change the process map; `map` shows it.");
            return;
        }

        var target = MemberMention.Resolve(arguments, collaboration, context.Turn.Mentions);
        var member = target is null ? null : collaboration.FindMember(target.UserId);
        var words = target?.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (member is null || words.Length != 2
            || !Enum.TryParse<Phase>(words[0], ignoreCase: true, out var phase) || !Enum.IsDefined(phase)
            || !Enum.TryParse<Involvement>(words[1], ignoreCase: true, out var involvement) || !Enum.IsDefined(involvement))
        {
            context.Refuse("Write `map @member <phase> lead|contribute|consult|inform`, e.g. `map @ben Understand consult`. The member must have joined.");
            return;
        }

        if (entries.FirstOrDefault(e => e.MemberId == member.Id && e.Phase == phase) is { } existing)
        {
            existing.Change(involvement);
        }
        else
        {
            store.Add(new ProcessMapEntry(collaboration.Id, member.Id, phase, involvement));
        }

        context.ReplyToCaller($"Process map: {member.DisplayName} will {involvement.ToString().ToLowerInvariant()} in {phase}.");
    }
}
