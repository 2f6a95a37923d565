using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Collaborations;

public sealed class StatusCommand : IBotCommand
{
    public string Name => "status";
    public string Usage => "status";
    public string Summary => "The collaboration at a glance: challenge, goal, phase, network, members.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        context.ReplyToCaller($"Status of {collaboration.Name}: {collaboration.CurrentPhase}, {Words.Count(collaboration.Members.Count, "member")}.", Card(collaboration, context.Now));
        return Task.CompletedTask;
    }

    public static Card Card(Collaboration collaboration, DateTimeOffset now)
    {
        var day = (int)Math.Floor(collaboration.TimeInPhase(now).TotalDays) + 1;
        var facts = new List<CardFact>
        {
            new("Challenge", collaboration.Challenge ?? "not stated yet (`challenge <text>`)"),
            new("Big win", collaboration.BigWin ?? "not set yet (`goal <text>`)"),
            new("Phase", $"{collaboration.CurrentPhase}, day {day} of {(int)collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays}"),
            new("Network stage", $"{collaboration.NetworkStage}: {NetworkStageRule.NextStep(collaboration)}"),
            new("Time zone", collaboration.TimeZoneId),
        };
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
}
