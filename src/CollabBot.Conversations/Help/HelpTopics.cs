using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Help;

/// <summary>Who is asking for help: what they may do depends on whether a team is here, their roles and the phase.</summary>
public sealed record HelpReader(Collaboration? Collaboration, Member? Member)
{
    public bool Holds(Role role) => Member?.Holds(role) == true;
}

/// <summary>One topic of `help`: a short line in the overview, its commands in `help &lt;topic&gt;`.</summary>
public sealed record HelpTopic(string Key, string Title, string Line, IReadOnlyList<string> Commands, IReadOnlyList<string> Aliases, Func<HelpReader, bool> Shown);

/// <summary>The topics `help` lists: a handful, each shown to those who can use it.</summary>
public static class HelpTopics
{
    private static bool Anyone(HelpReader _) => true;

    public static readonly IReadOnlyList<HelpTopic> All =
    [
        new("start", "Getting started", "start or join the team; its challenge, goal, status, phase and roles",
            ["start", "join", "challenge", "goal", "milestone", "status", "phase", "retro", "roles", "role", "timezone", "pause", "budget", "help"], ["get started", "started", "team", "getting started"], Anyone),
        new("checkins", "Check-ins and small wins", "your check-ins, commitment and small wins",
            ["checkin", "commit", "win", "celebrate", "offer", "offers", "me", "away", "back", "quiet"], ["check-ins", "check-in", "wins", "small wins"], r => r.Collaboration is not null),
        new("decide", "Deciding together", "ideas, proposals and votes, shared definitions, joint puzzles",
            ["idea", "ideas", "+1", "propose", "vote", "close", "decide", "reservations", "resolve", "define", "agree", "confirm", "glossary", "what", "puzzle"], ["decisions", "decision", "votes", "glossary"], r => r.Collaboration is not null),
        new("work", "The work", "actions, the next agenda, obstacles, risks, who has what, the process map",
            ["action", "actions", "agenda", "obstacle", "obstacles", "risk", "risks", "done", "assets", "who", "suggest", "map"], ["obstacles", "risks", "assets"], r => r.Collaboration is not null),
        new("reach", "How far the team reaches", "getting started, working together, reaching out (the research's network stages: coupling, integration, linking); what went outside",
            ["shared", "endorse", "adopter"], ["network", "network stage", "stage", "outside", "coupling", "integration", "linking"], r => r.Collaboration is not null),
        new("health", "Participation health", "whose participation fades, the weekly summary; the catalyst's nudges",
            ["health", "summary", "catalyst", "nudges"], ["participation", "catalysts"],
            r => r.Holds(Role.Facilitator) || r.Holds(Role.Convener) || r.Holds(Role.Catalyst) || r.Holds(Role.Coordinator)),
        new("digest", "The weekly digest", "the weekly digest for coordinators and sponsors",
            ["digest"], ["digests", "weekly digest"], r => r.Holds(Role.Convener) || r.Holds(Role.Coordinator) || r.Holds(Role.Sponsor)),
        new("privacy", "Your data", "your data: export it, be forgotten, stop nudges; `plain on` for everyday words",
            ["export", "forget", "nudges", "quiet", "away", "plain"], ["data", "my data", "gdpr", "plain words"], Anyone),
    ];

    public static HelpTopic? Find(string words)
    {
        var key = words.Trim().ToLowerInvariant();
        return All.FirstOrDefault(t => t.Key == key || t.Aliases.Contains(key));
    }

    /// <summary>The topics the reader can use, in order.</summary>
    public static IReadOnlyList<HelpTopic> For(HelpReader reader) => All.Where(t => t.Shown(reader)).ToList();

    /// <summary>"`help start`, `help checkins`, …": the topics as one line.</summary>
    public static string Inline(HelpReader reader) => string.Join(", ", For(reader).Select(t => $"`help {t.Key}`"));

    /// <summary>One line: the step that fits the reader's role and the team's phase.</summary>
    public static string NextStep(HelpReader reader)
    {
        if (reader.Collaboration is not { } team)
        {
            return "Start a collaboration here with `start <name>`, e.g. `start Warm Homes`.";
        }

        if (reader.Member is null)
        {
            return "Join the team with `join as <sector>`: public, business, ngo, citizen or knowledge.";
        }

        if (reader.Holds(Role.Convener) && string.IsNullOrWhiteSpace(team.Challenge))
        {
            return "State the shared problem with `challenge <text>`, then the big win with `goal <text>`.";
        }

        return team.CurrentPhase switch
        {
            Phase.Understand => "Now: add your view of the problem and define key terms with `define <term>: <meaning>`.",
            Phase.Ideate => "Now: share ideas in the channel; `propose <idea>` when one is ready to decide.",
            Phase.Test => "Now: name what could go wrong with `risk <text>`; `propose` the prototype to test.",
            Phase.Implement => "Now: name who owns what; `obstacle <text> [for @member]` when something is in the way.",
            _ => "Now: tell the team where you shared the solution with `shared <where>`.",
        } + (reader.Holds(Role.Convener) ? " Conveners: `phase` shows what is missing, `phase next` moves on, `phase plan` sets how long each phase runs." : "");
    }
}
