using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class OffersCommand : IBotCommand
{
    public string Name => "offers";
    public string Usage => "offers";
    public string Summary => "What the collaboration offers its members (the value propositions).";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var offers = await context.Services.GetRequiredService<ICheckInStore>().OffersAsync(collaboration.Id, cancellationToken);
        if (offers.Count == 0)
        {
            context.ReplyToCaller("No offers recorded yet. Add one with `offer <text>`, e.g. `offer access to the city's energy data`.");
            return;
        }

        var facts = offers.Select(o => new CardFact(collaboration.Members.FirstOrDefault(m => m.Id == o.OfferedBy)?.DisplayName ?? "a former member", o.Text)).ToList();
        context.ReplyToCaller($"{Words.Count(offers.Count, "offer")} in {collaboration.Name}.", new Card { Title = "What the collaboration offers", Facts = facts });
    }
}
