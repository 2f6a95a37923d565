using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Catalysts;

/// <summary>
/// What the catalyst says: several wordings per rule, so the team does not hear one fixed sentence; none
/// names a person (interventions go to the whole channel), though tunnel vision names the missing sector.
/// </summary>
public static class CatalystMessages
{
    private static readonly Dictionary<CatalystRule, string[]> Variants = new()
    {
        [CatalystRule.Urgency] =
        [
            "This phase has run past its plan. What is the one decision that would let us move on this week?",
            "A window of opportunity does not stay open: what would we regret not having settled by Friday?",
            "We are over the time we gave ourselves. If we had to move on in three days, what would we do first?",
        ],
        [CatalystRule.TunnelVision] =
        [
            "Most ideas come from the same place lately. Whose view are we missing? Try arguing the case of someone not in this channel.",
            "Time for a change of perspective: how would a resident, a small firm or a caseworker see our best idea?",
            "Could an outside actor surprise us? Name one person or organisation we could invite to look at our ideas.",
        ],
        [CatalystRule.TooFastConsensus] =
        [
            "That was agreed very quickly, by everyone. Before we build on it: who will play devil's advocate for ten minutes?",
            "Quick agreement can hide the lowest common denominator. What would someone who disagrees say about our last decision?",
            "Everyone said yes within the hour. Let us take one round of \"what could make this fail?\" before we move on.",
        ],
        [CatalystRule.NewVenue] =
        [
            "Our rhythm has slowed for three weeks. A different format could help: a walk, a site visit, a short call instead of the channel?",
            "New place, new thoughts: could the next session happen somewhere the problem actually lives?",
            "When the usual meeting stops working, change it: 30 minutes, standing, one question only?",
        ],
        [CatalystRule.RiskRound] =
        [
            "Before Implement: a risk round. What could go wrong, who owns each risk, and who carries which costs and gains?",
            "Implement is close. Let us list the three biggest risks and give each an owner before we start.",
            "A last check before we move: who gains, who pays, and what would make us stop?",
        ],
        [CatalystRule.Ambassadors] =
        [
            "Spread is about ambassadors: where will each of you share what we made, and with whom? Once you have, note it with `shared <where>`.",
            "Who outside this team should hear about our solution first? Each of us can name one place to take it, then `shared <where>`.",
            "Let us map where the solution travels next: one conference, network or neighbour per member (`shared <where>` once it has).",
        ],
    };

    /// <summary>A wording chosen by the day, so repeats vary while the same day reads the same on every host.</summary>
    public static string For(CatalystRule rule, DateTimeOffset at)
    {
        var variants = Variants[rule];
        return variants[at.UtcDateTime.DayOfYear % variants.Length];
    }

    /// <summary>The wording for a trigger: tunnel vision names the missing perspective by sector (issue 28, point 1).</summary>
    public static string For(CatalystTrigger trigger, DateTimeOffset at)
    {
        if (trigger is not { Rule: CatalystRule.TunnelVision, Missing: { } missing })
        {
            return For(trigger.Rule, at);
        }

        // Three wordings each: the rule fires again 14 days later, and 14 is no multiple of 3, so the team hears another.
        var sectors = string.Join(" or ", missing.Sectors.Select(SectorNames.Display));
        string[] variants = missing.InTeam
            ?
            [
                $"Our recent ideas come from few voices: the {sectors} perspective is missing so far. How would it see our best idea? Let us hear it before we choose.",
                $"Time for a change of perspective: we have no idea yet from the {sectors} side. What would that view add, or change, in our ideas?",
                $"Before we narrow down: the {sectors} perspective has not shaped any of our recent ideas. What would someone from there propose?",
            ]
            :
            [
                $"Our recent ideas come from few voices, and the {sectors} perspective is missing: nobody from there is in the team yet. Who could we invite to look at our ideas?",
                $"Could an outside perspective surprise us? Nobody from {sectors} is in the team: name one person or organisation we could ask.",
                $"A missing perspective: our ideas have not met anyone from {sectors} yet. Which outside actor could test them with us this week?",
            ];
        return variants[at.UtcDateTime.DayOfYear % variants.Length];
    }

    public static bool TryParse(string text, out CatalystRule rule) =>
        Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out rule) && Enum.IsDefined(rule);

    public static string Name(CatalystRule rule) => rule switch
    {
        CatalystRule.TunnelVision => "tunnel-vision",
        CatalystRule.TooFastConsensus => "too-fast-consensus",
        CatalystRule.NewVenue => "new-venue",
        CatalystRule.RiskRound => "risk-round",
        _ => rule.ToString().ToLowerInvariant(),
    };
}
