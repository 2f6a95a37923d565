using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

/// <summary>The facilitators' weekly summary line for wants no offer serves (issue 27, item 3); names only there, privately.</summary>
public static class OfferGaps
{
    public const string Label = "Wants no offer serves";

    public static async Task<IReadOnlyList<SummaryComposer.Line>> LinesAsync(IServiceProvider services, Collaboration collaboration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICheckInStore>();
        var members = collaboration.Members.Where(m => !m.SupportsFromOutside).ToDictionary(m => m.Id);
        var current = (await store.CurrentCommitmentsAsync(collaboration.Id, cancellationToken)).Where(c => members.ContainsKey(c.MemberId)).ToList();
        if (current.Count == 0)
        {
            return [];
        }

        var unserved = UnservedWants.Of(current, await store.OffersAsync(collaboration.Id, cancellationToken), now);
        return unserved.Select(c => new SummaryComposer.Line(Label, members[c.MemberId],
            $"{members[c.MemberId].DisplayName} wants {c.Want} (`offer <text> for @{members[c.MemberId].DisplayName}`)")).ToList();
    }
}
