using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Glossary;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Glossary;

/// <summary><c>agree &lt;term or id&gt;</c> for members, <c>confirm &lt;term or id&gt;</c> for conveners.</summary>
public sealed class AgreeCommand : IBotCommand
{
    public string Name => "agree";
    public string Usage => "agree <term or id>";
    public string Summary => "Agree with a proposed definition; at half of the active members it is the team's.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken) =>
        await SettleAsync(context, arguments, confirm: false, cancellationToken);

    internal static async Task SettleAsync(CommandContext context, string arguments, bool confirm, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        if (confirm && !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can confirm a definition; everyone can `agree` with it.");
            return;
        }

        var glossary = await context.Services.GetRequiredService<IGlossaryStore>().LoadAsync(collaboration.Id, cancellationToken);
        if (arguments.Length == 0 || glossary.FindOpen(arguments) is not { } definition)
        {
            context.Refuse($"There is no open definition \"{Excerpt.Of(arguments)}\". Type `glossary` to see the open proposals.");
            return;
        }

        var active = ActiveMembers.Of(collaboration, context.Now);
        var accepted = confirm ? Confirmed(definition, context.Now) : definition.Agree(caller.Id, active, context.Now);
        if (!accepted)
        {
            context.ReplyToCaller($"{caller.DisplayName} agrees with definition {definition.Number} of \"{definition.Term}\" "
                + $"({definition.AgreementsAmong(active)} of the {GlossaryAcceptanceRule.Needed(active.Count)} needed).");
            return;
        }

        glossary.Settle(definition, context.Now);
        var how = confirm ? $"confirmed by {caller.DisplayName}" : $"agreed by {definition.AgreementsAmong(active)} of {active.Count} active members";
        context.ReplyToChannel($"\"{definition.Term}\" now means: {definition.Text} ({how}).");
    }

    private static bool Confirmed(Definition definition, DateTimeOffset now)
    {
        definition.Confirm(now);
        return true;
    }
}
