using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class OfferCommand : IBotCommand
{
    public string Name => "offer";
    public string Usage => "offer <what the collaboration offers> [for @member]";
    public string Summary => "Record a value proposition: training, data, contacts, a pilot site...; `for @member` links it to the want it serves. `offers` lists them.";
    public bool Contributes => true;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var collaboration = context.RequiredCollaboration;
        var (text, forWhom) = Split(arguments);
        var recipient = forWhom is null ? null : MemberMention.Resolve(forWhom, collaboration, context.Turn.Mentions);
        var served = recipient is null || recipient.Rest.Length > 0 ? null : collaboration.FindMember(recipient.UserId);
        if (forWhom is not null && served is null)
        {
            context.Refuse($"I can't find {forWhom.Trim()} among the members of {collaboration.Name}. Write `offer <text> for @member`.");
            return;
        }

        var store = context.Services.GetRequiredService<ICheckInStore>();
        var offer = new ValueOffer(collaboration.Id, member.Id, text, context.Now);
        if (served is null)
        {
            store.AddOffer(offer);
            context.ReplyToCaller($"{member.DisplayName} recorded what the collaboration offers: {offer.Text}");
            return;
        }

        var want = await store.CurrentCommitmentAsync(served.Id, cancellationToken);
        offer.Serve(served.Id, want);
        store.AddOffer(offer);
        context.ReplyToCaller(want is null
            ? $"Recorded for {served.DisplayName}: {offer.Text}. They have not said what they want yet; `commit` lets them."
            : $"Recorded for {served.DisplayName}: {offer.Text}, serving their want: {want.Want}.");
        if (served.Id != member.Id)
        {
            context.SendDirect(served.PlatformUserId, $"{member.DisplayName} offers you, in {collaboration.Name}: {offer.Text}" + (want is null ? "." : $" (for what you want: {want.Want})."));
        }
    }

    /// <summary>"data access for @ben" → ("data access", "@ben").</summary>
    public static (string Text, string? ForWhom) Split(string arguments)
    {
        foreach (var marker in new[] { " for <@", " for @" })
        {
            var at = arguments.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return (arguments[..at].Trim(), arguments[(at + 5)..]);
            }
        }

        return (arguments, null);
    }
}
