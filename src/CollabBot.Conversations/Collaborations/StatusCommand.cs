using CollabBot.Conversations.Actions;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Network;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Network;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Collaborations;

public sealed class StatusCommand : IBotCommand
{
    public string Name => "status";
    public string Usage => "status";
    public string Summary => "The collaboration at a glance: challenge, goal, phase, how far the team reaches and why (getting started, working together, reaching out: the research's network stages coupling, integration, linking), the phase checklist, overdue actions, members.";

    /// <summary>Overdue actions named on the card; more are counted.</summary>
    public const int MaxOverdueShown = 5;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var actions = await context.Services.GetRequiredService<IActionStore>().ListAsync(collaboration.Id, cancellationToken);
        var network = await NetworkAsync(context, collaboration, cancellationToken);
        var checklist = await PhaseEvidence.ChecklistAsync(collaboration, context.Services, cancellationToken);
        var progress = await context.Services.GetRequiredService<ICheckInStore>().BigWinProgressAsync(collaboration.Id, cancellationToken);
        var card = Card(collaboration, context.Now, network, actions, checklist, progress);
        if (await LookBackAsync(context, collaboration, cancellationToken) is { } lookBack)
        {
            card = card with { Facts = [.. card.Facts.Take(4), new CardFact("Looking back", lookBack), .. card.Facts.Skip(4)] };
        }

        context.ReplyToCaller($"Status of {collaboration.Name}: {collaboration.CurrentPhase}, {Words.Count(collaboration.Members.Count, "member")}.", card);
    }

    /// <summary>The newest look back at a phase end (issue 27, item 6): open with its count, or its summary; null before the first.</summary>
    private static async Task<string?> LookBackAsync(CommandContext context, Collaboration collaboration, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<IRetrospectiveStore>();
        if ((await store.ListAsync(collaboration.Id, cancellationToken)).FirstOrDefault() is not { } latest)
        {
            return null;
        }

        var answers = latest.ClosedAt is null ? (await store.AnswersAsync(latest.Id, cancellationToken)).Count : latest.AnswerCount;
        return RetrospectiveText.Line(collaboration, latest, answers, context.Now);
    }

    /// <summary>
    /// The network stage read now from its evidence, by the daily scan's rule (issue 27, item 1): a few indexed queries
    /// about this team only, since `status` is among the commands people use most.
    /// </summary>
    public static async Task<NetworkReading> NetworkAsync(CommandContext context, Collaboration collaboration, CancellationToken cancellationToken)
    {
        var members = collaboration.Members.Select(m => m.Id).ToList();
        var since = ParticipationSignal.DayOf(context.Now) - NetworkStageRule.ActiveWindow;
        var (facts, days) = await context.Services.GetRequiredService<INetworkStore>().FactsForAsync(collaboration.Id, members, since, cancellationToken);
        return NetworkEvidenceReading.Read(collaboration, days, facts, context.Now);
    }

    public static Card Card(
        Collaboration collaboration, DateTimeOffset now, NetworkReading network, IReadOnlyList<ActionItem>? actions = null, IReadOnlyList<ChecklistItem>? checklist = null,
        BigWinProgress? progress = null)
    {
        var day = (int)Math.Floor(collaboration.TimeInPhase(now).TotalDays) + 1;
        var facts = new List<CardFact>
        {
            new("Challenge", collaboration.Challenge ?? "not stated yet (`challenge <text>`)"),
            new("Big win", collaboration.BigWin ?? "not set yet (`goal <text>`)"),
            new("Phase", $"{collaboration.CurrentPhase}, day {day} of {(int)collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays}"),
            new("How far the team reaches", $"{NetworkEvidenceReading.Describe(network)} Next: {network.NextStep}"),
            new("Time zone", collaboration.TimeZoneId),
        };
        if (checklist is not null)
        {
            facts.Insert(3, new CardFact("Checklist", PhaseCard.Summary(checklist)));
        }

        if (progress is not null && collaboration.BigWin is not null)
        {
            facts.Insert(2, new CardFact("Toward the big win", progress.Describe()));
        }

        if (actions is not null)
        {
            facts.Add(new CardFact("Actions", Actions(collaboration, actions, now)));
        }

        facts.AddRange(collaboration.Members.Select(m => new CardFact(
            m.DisplayName,
            $"{(m.Sector is { } s ? SectorNames.Display(s) : "sector not given")} · {RoleNames.Display(m.Roles)}")));
        var unheld = collaboration.UnheldLeadershipRoles().Select(r => r.ToString().ToLowerInvariant()).ToList();
        return new Card
        {
            Title = collaboration.Name,
            Body = $"{Words.Count(collaboration.Members.Count, "member")} from {Words.Count(collaboration.SectorsPresent().Count, "sector")}.",
            Facts = facts,
            Note = unheld.Count > 0 ? $"Nobody holds these leadership roles yet: {string.Join(", ", unheld)}." : null,
            Actions =
            [
                new CardAction { Id = "phase", Title = "Phase", Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "phase" } },
                new CardAction { Id = "help", Title = "Help", Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "help" } },
            ],
        };
    }

    /// <summary>"3 open, 1 overdue: 7. Call the board (Ben, was due Fri 4 Dec)" (issue 28, point 4).</summary>
    private static string Actions(Collaboration collaboration, IReadOnlyList<ActionItem> actions, DateTimeOffset now)
    {
        var today = ActionText.Today(collaboration, now);
        var open = actions.Where(a => a.IsOpen).ToList();
        var overdue = open.Where(a => a.IsOverdue(today)).OrderBy(a => a.DueOn).ThenBy(a => a.Number).ToList();
        if (open.Count == 0)
        {
            return "none open (`action <text> owner @member due <date>`)";
        }

        var text = overdue.Count == 0 ? $"{open.Count} open, none overdue" : $"{open.Count} open, {overdue.Count} overdue: ";
        text += string.Join("; ", overdue.Take(MaxOverdueShown).Select(a => ActionText.Line(a, collaboration, today)));
        return overdue.Count > MaxOverdueShown ? $"{text}; and {overdue.Count - MaxOverdueShown} more (`actions`)" : text;
    }
}
