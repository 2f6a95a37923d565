using System.Text.Json;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Privacy;

/// <summary><c>export</c>: your own data as JSON in a direct message; <c>export team</c>: conveners get the collaboration as JSON and CSV.</summary>
public sealed class ExportCommand : IBotCommand
{
    private static readonly JsonSerializerOptions Indented = new(CollabJson.Options) { WriteIndented = true };

    public string Name => "export";
    public string Usage => "export [team]";
    public string Summary => "Your own data as JSON in a direct message; conveners: `export team` as JSON and CSV.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("You have not joined this collaboration, so it holds no data of yours.");
            return;
        }

        var records = await TeamRecords.LoadAsync(context.Services, collaboration.Id, cancellationToken);
        if (arguments.Equals("team", StringComparison.OrdinalIgnoreCase))
        {
            if (!caller.Holds(Role.Convener))
            {
                context.Refuse("Only a convener can export the whole collaboration; `export` gives you your own data.");
                return;
            }

            var team = TeamExport.For(collaboration, records, context.Now);
            context.SendDirect(caller.PlatformUserId, ExportText.Fenced($"{collaboration.Name}, exported for you as a convener.", "json", JsonSerializer.Serialize(team, Indented), "collabbot-team.json"));
            context.SendDirect(caller.PlatformUserId, ExportText.Fenced($"{collaboration.Name}: members as CSV.", "csv", TeamExport.MembersCsv(collaboration), "collabbot-members.csv"));
            context.ReplyToCaller("Sent: the collaboration as JSON and its members as CSV, in a direct message.");
            return;
        }

        var history = await context.Services.GetRequiredService<IMemberHistory>().LoadAsync(caller.Id, cancellationToken);
        var export = MemberExport.For(collaboration, caller, records, history, context.Now);
        context.SendDirect(caller.PlatformUserId, ExportText.Fenced(
            $"Your data in {collaboration.Name}: profile, positions, definitions, obstacles and risks, process map, puzzle answers, commitments, small wins, check-in answers and participation counts.",
            "json", JsonSerializer.Serialize(export, Indented), "collabbot-my-data.json"));
        if (context.Turn.Where.ConversationId == collaboration.ChannelId)
        {
            context.ReplyToCaller("Your data is on its way in a direct message.");
        }
    }
}
