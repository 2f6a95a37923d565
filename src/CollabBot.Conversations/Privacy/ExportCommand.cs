using System.Text.Json;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Privacy;

/// <summary><c>export</c>: your own data as a JSON file in a direct message; <c>export team</c>: conveners get the collaboration as JSON and CSV.</summary>
public sealed class ExportCommand : IBotCommand
{
    private const string JsonContentType = "application/json";
    private static readonly JsonSerializerOptions Indented = new(CollabJson.Options) { WriteIndented = true };

    public string Name => "export";
    public string Usage => "export [team]";
    public string Summary => "Your own data as a JSON file in a direct message; conveners: `export team` as JSON and CSV files.";

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
            ExportFiles.SendDirect(context, caller.PlatformUserId, $"{collaboration.Name}, exported for you as a convener.", "collabbot-team.json", JsonContentType, JsonSerializer.Serialize(team, Indented));
            ExportFiles.SendDirect(context, caller.PlatformUserId, $"{collaboration.Name}: members as CSV.", "collabbot-members.csv", "text/csv", TeamExport.MembersCsv(collaboration));
            context.ReplyToCaller("Sent: the collaboration as a JSON file and its members as a CSV file, in a direct message.");
            return;
        }

        var history = await context.Services.GetRequiredService<IMemberHistory>().LoadAsync(caller.Id, cancellationToken);
        var export = MemberExport.For(collaboration, caller, records, history, context.Now);
        ExportFiles.SendDirect(context, caller.PlatformUserId,
            $"Your data in {collaboration.Name}: profile, positions, definitions, obstacles and risks, process map, puzzle answers, commitments, small wins, check-in answers and participation counts.",
            "collabbot-my-data.json", JsonContentType, JsonSerializer.Serialize(export, Indented));
        if (context.Turn.Where.ConversationId == collaboration.ChannelId)
        {
            context.ReplyToCaller("Your data is on its way in a direct message.");
        }
    }
}
