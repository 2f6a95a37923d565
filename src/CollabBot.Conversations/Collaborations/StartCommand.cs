using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Collaborations;

public sealed class StartCommand(IOptions<ConversationOptions> options) : IBotCommand
{
    public string Name => "start";
    public string Usage => "start <name>";
    public string Summary => "Start a collaboration in this conversation; you become its convener.";
    public bool NeedsCollaboration => false;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.Collaboration is { } existing)
        {
            context.Refuse($"This conversation already hosts *{existing.Name}*. Type `status` to see it.");
            return Task.CompletedTask;
        }

        if (arguments.Length == 0)
        {
            context.Refuse("Give the collaboration a name, e.g. `start Warm Homes`.");
            return Task.CompletedTask;
        }

        var collaboration = Collaboration.Start(
            context.Workspace.Id, context.Turn.Where.ConversationId, arguments, options.Value.DefaultTimeZone,
            context.Turn.Who.UserId, context.Turn.Who.DisplayName, context.Now);
        context.Store.Add(collaboration);
        context.Collaboration = collaboration;
        context.Services.GetRequiredService<IScheduleRegistry>().Upsert(Participation.SummaryRound.Work(collaboration, context.Turn.Where.Platform));
        context.ReplyToChannel(
            $"{collaboration.Members[0].DisplayName} started *{collaboration.Name}* and convenes it. "
            + "Next: state the shared problem with `challenge <text>`, the long-term target with `goal <text>`, "
            + "and everyone can `join as <sector>`.",
            PhaseCard.For(collaboration, context.Now, PhaseChecklist.Evaluate(collaboration, ChecklistEvidence.None)));
        return Task.CompletedTask;
    }
}
