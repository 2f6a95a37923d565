using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.ProcessMap;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// `summary`: when the facilitators' weekly summary comes; facilitators (conveners, in a team without one) choose the day
/// and time, turn it off or on, or read it now (a preview: nothing is recorded as told).
/// </summary>
public sealed class SummaryCommand(IScheduleRegistry registry) : IBotCommand
{
    public string Name => "summary";
    public string Usage => "summary [every <day> <HH:MM> | off | on | now]";
    public string Summary => "Facilitators: your private weekly summary of who fades, recovers or weakens; choose its day and time.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller || !SummaryRound.Readers(collaboration).Contains(caller))
        {
            context.Refuse("The weekly summary is for the team's facilitators (or its conveners, when there is no facilitator).");
            return;
        }

        var (verb, _) = CommandText.Split(arguments);
        switch (verb)
        {
            case "":
                context.ReplyToCaller(collaboration.SummaryOff
                    ? "The weekly summary is off. `summary on` brings it back."
                    : $"Your weekly summary comes {CheckInScheduling.Describe(collaboration.SummaryCron, 1)} ({collaboration.TimeZoneId}), privately, when there is something to tell.");
                return;
            case "off" or "on":
                collaboration.SetSummaryOff(verb == "off");
                registry.Upsert(SummaryRound.Work(collaboration, context.Turn.Where.Platform));
                context.ReplyToCaller(verb == "off" ? "The weekly summary is off for this team. Fading members are then only in `health`, and in alerts for sharp changes." : "The weekly summary is on again.");
                return;
            case "now":
                await PreviewAsync(context, caller, cancellationToken);
                return;
            case "every":
                Set(context, arguments);
                return;
            default:
                context.Refuse("Write `summary every monday 08:30`, `summary off`, `summary on` or `summary now`.");
                return;
        }
    }

    private void Set(CommandContext context, string arguments)
    {
        var collaboration = context.RequiredCollaboration;
        var (request, error) = ScheduleText.Parse(arguments);
        if (request is null)
        {
            context.Refuse(error!);
            return;
        }

        if (request.IntervalWeeks != 1 || request.Cron.Split(' ')[4].Contains(',', StringComparison.Ordinal) || request.Cron.Split(' ')[4] == "*")
        {
            context.Refuse("The summary comes once a week: pick one day, e.g. `summary every friday 16:00`.");
            return;
        }

        if (request.TimeZoneId is not null)
        {
            context.Refuse($"The summary follows the team's time zone ({collaboration.TimeZoneId}); write the day and time only, e.g. `summary every friday 16:00`.");
            return;
        }

        collaboration.SetSummary(request.Cron);
        registry.Upsert(SummaryRound.Work(collaboration, context.Turn.Where.Platform));
        context.ReplyToCaller($"Your weekly summary now comes {CheckInScheduling.Describe(request.Cron, 1)} ({collaboration.TimeZoneId}).");
    }

    private static async Task PreviewAsync(CommandContext context, Member caller, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var scope = new CollaborationScope.Only([collaboration.Id]);
        var snapshot = await ActivitySnapshot.LoadAsync(context.Services.GetRequiredService<IParticipationStore>(), scope, context.Now, FadeSettings.Default, cancellationToken);
        var records = (await context.Services.GetRequiredService<ISignalStore>().RecordsAsync(scope, context.Now - DailyScan.RecordsRead, cancellationToken)).ToLookup(r => r.MemberId);
        var map = await context.Services.GetRequiredService<IProcessMapStore>().ListAsync(collaboration.Id, cancellationToken);
        var content = SummaryComposer.Compose(snapshot.Collaborations.Single(), snapshot, records, map, context.Now);
        content = content with { Lines = [.. content.Lines, .. await ValueChains.OfferGaps.LinesAsync(context.Services, collaboration, context.Now, cancellationToken)] };
        if (SummaryComposer.For(collaboration, content, caller) is { } message)
        {
            context.ReplyToCaller(message.Text, message.Card);
        }
        else
        {
            context.ReplyToCaller("Nothing to tell this week: nobody is fading, recovering or weakening, and every mapped part is taken up.");
        }
    }
}
