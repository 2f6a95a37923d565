using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class OfferCommand : IBotCommand
{
    public string Name => "offer";
    public string Usage => "offer <what the collaboration offers>";
    public string Summary => "Record a value proposition: training, data, contacts, a pilot site... `offers` lists them.";
    public bool Contributes => true;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        var offer = new ValueOffer(context.RequiredCollaboration.Id, member.Id, arguments, context.Now);
        context.Services.GetRequiredService<ICheckInStore>().AddOffer(offer);
        context.ReplyToCaller($"{member.DisplayName} recorded what the collaboration offers: {offer.Text}");
        return Task.CompletedTask;
    }
}
