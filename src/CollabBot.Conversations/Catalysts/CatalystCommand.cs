using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Catalysts;

public sealed class CatalystCommand : IBotCommand
{
    private static readonly string RuleList = string.Join(", ", Enum.GetValues<CatalystRule>().Select(CatalystMessages.Name));

    public string Name => "catalyst";
    public string Usage => "catalyst [mute|unmute <rule>]";
    public string Summary => $"Recent catalyst interventions and their effect; conveners mute or unmute a rule ({RuleList}).";

    // A suggestion's buttons arrive from a direct message, where no collaboration is bound; the intervention names it.
    public bool NeedsCollaboration => false;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var (verb, rest) = CommandText.Split(arguments);
        if (verb is "post" or "dismiss")
        {
            await CatalystSuggestion.AnswerAsync(context, verb == "post", rest, cancellationToken);
            return;
        }

        if (context.Collaboration is not { } collaboration)
        {
            context.Refuse("No collaboration lives in this conversation yet. Start one with `start <name>`, e.g. `start Warm Homes`.");
            return;
        }

        if (verb is "mute" or "unmute")
        {
            if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
            {
                context.Refuse("Only a convener can mute or unmute catalyst interventions.");
                return;
            }

            if (!CatalystMessages.TryParse(rest, out var rule))
            {
                context.Refuse($"\"{Excerpt.Of(rest)}\" is not a catalyst rule. Choose from: {RuleList}.");
                return;
            }

            collaboration.SetCatalystMuted(CatalystMessages.Name(rule), verb == "mute");
            context.ReplyToCaller(verb == "mute" ? $"The {CatalystMessages.Name(rule)} intervention is muted." : $"The {CatalystMessages.Name(rule)} intervention is back on.");
            return;
        }

        var recent = await context.Services.GetRequiredService<ICatalystStore>().RecentAsync(collaboration.Id, 10, cancellationToken);
        var facts = recent.Select(i => new CardFact(
            $"{CatalystMessages.Name(i.Rule)}, {i.At.ToString("d MMM", CultureInfo.InvariantCulture)}",
            $"because {i.Signals}; {i.EffectText}")).ToList();
        context.ReplyToCaller(recent.Count == 0 ? "No catalyst interventions yet." : $"{recent.Count} recent catalyst interventions.", new Card
        {
            Title = $"Catalyst interventions: {collaboration.Name}",
            Facts = facts,
            Note = collaboration.MutedCatalysts.Count > 0 ? $"Muted: {string.Join(", ", collaboration.MutedCatalysts)}." : null,
        });
    }
}
