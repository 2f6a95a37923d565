namespace CollabBot.Conversations.Help;

/// <summary>
/// The bot's own words, explained in plain language for `what is` (issue 27): the research terms behind what people see
/// (Sørensen &amp; Torfing 2013; Cui &amp; Osborne 2019, as DOMAIN.md summarises them) and the words of its commands.
/// </summary>
public static class BotTerms
{
    private const string Stages =
        "I read it from what people do: getting started while the challenge, the goal and commitments from two sectors are settled; "
        + "working together once three sectors take part week after week and decisions draw half of the members; reaching out once the work "
        + "goes beyond the team (`shared <where>`, a sponsor's `endorse`, `adopter <who>`). It goes back when sectors drop away. `status` shows the evidence.";

    private static readonly Dictionary<string, string> Explained = new(StringComparer.OrdinalIgnoreCase)
    {
        ["network stage"] = "How far the team reaches: getting started, working together, reaching out (the research calls these coupling, integration and linking). " + Stages,
        ["coupling"] = "The research's word for the first network stage, which I call getting started: a few key people agree the initiative and the shared targets. " + Stages,
        ["getting started"] = "The first network stage (the research says coupling): a few key people agree the initiative and the shared targets. " + Stages,
        ["integration"] = "The research's word for the second network stage, which I call working together: a wider network from several sectors actively works together. " + Stages,
        ["working together"] = "The second network stage (the research says integration): a wider network from several sectors actively works together. " + Stages,
        ["linking"] = "The research's word for the third network stage, which I call reaching out: the network reaches people and organisations outside it. " + Stages,
        ["reaching out"] = "The third network stage (the research says linking): the network reaches people and organisations outside it. " + Stages,
        ["reservation"] = "Agreeing, but with a concern you want kept. The decision goes ahead; your concern comes back to the team four weeks later, and you can settle it sooner with `resolve <id>`. A citizen's or end user's disagreement on an agreed decision comes back the same way.",
        ["phase"] = "Where the team is in its work: Understand (the problem), Ideate (ideas), Test (try the best ones), Implement (do it together), Spread (share it). Conveners move on with `phase next`; `phase` shows what is still missing.",
        ["check-in"] = "A short question I send on a schedule: one small win (or nothing to report) and one rating of how well the work serves what you want from it. It takes under a minute.",
        ["value chain"] = "What you want from the work, what you put in, what you get out, and how that changes over time: your `commit`, the team's `offer`s, your small wins and ratings. `me` shows yours.",
        ["small win"] = "Something you achieved or gained on the way to the big win, however small: a contact made, a survey sent, a pilot site found.",
        ["big win"] = "The long-term target the team works towards (`goal <text>`).",
        ["commitment"] = "What you want from the next round of work and what you will put in: `commit <want>; <give>`.",
        ["consent"] = "A decision stands when most agree and nobody blocks: it does not need everyone to like it, and concerns are kept.",
        ["citizen voice"] = "How much the citizens and end users in the team are heard, against how many of them there are. When it fades for two weeks, the facilitators hear of it privately.",
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["network"] = "network stage",
        ["stage"] = "network stage",
        ["reservations"] = "reservation",
        ["phases"] = "phase",
        ["checkin"] = "check-in",
        ["check in"] = "check-in",
        ["check-ins"] = "check-in",
        ["value chains"] = "value chain",
        ["small wins"] = "small win",
        ["integrated"] = "integration",
    };

    /// <summary>The explanation of one of the bot's own terms, or null when it is not one.</summary>
    public static string? Explain(string term)
    {
        var key = term.Trim().TrimEnd('?').Trim();
        key = key.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? key[2..] : key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? key[4..] : key;
        key = Aliases.GetValueOrDefault(key, key);
        return Explained.TryGetValue(key, out var text) ? $"\"{key}\": {text}" : null;
    }
}
