using CollabBot.Conversations.Commands;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// Starts a proposal, from `propose`, `idea promote` or `puzzle propose`: reads its closing time and whether the
/// proposer marks it <c>substantive:</c> or <c>logistics:</c>, gives it the collaboration's quorum, and posts its card.
/// </summary>
public static class ProposalStart
{
    public sealed record Reading(string Text, DecisionWeight Weight, DateTimeOffset ClosesAt, string? Error);

    /// <summary>"[substantive: | logistics:] &lt;text&gt; [closes &lt;date or duration&gt;]"; the mark alone is also read.</summary>
    public static Reading Read(string arguments, DateTimeOffset now, TimeZoneInfo zone)
    {
        var (text, closesAt, error) = ClosingTime.Split(arguments, now, zone);
        foreach (var weight in new[] { DecisionWeight.Substantive, DecisionWeight.Logistics })
        {
            var word = weight.ToString();
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return new Reading("", weight, closesAt, error);
            }

            if (text.StartsWith(word + ":", StringComparison.OrdinalIgnoreCase))
            {
                return new Reading(text[(word.Length + 1)..].Trim(), weight, closesAt, error);
            }
        }

        return new Reading(text, DecisionWeight.Unmarked, closesAt, error);
    }

    public static async Task<Decision> ProposeAsync(
        CommandContext context, Member proposer, Reading reading, ProposalTerms terms, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var store = context.Services.GetRequiredService<IDecisionStore>();
        var number = await store.NextNumberAsync(collaboration.Id, cancellationToken);
        var decision = Decision.Propose(collaboration.Id, number, reading.Text, proposer.Id, context.Now, reading.ClosesAt,
            terms with { Weight = reading.Weight, QuorumPercent = collaboration.DecisionQuorum });
        store.Add(decision);
        context.Send(DecisionMessages.Proposal(context.Workspace, collaboration, decision));
        return decision;
    }
}
