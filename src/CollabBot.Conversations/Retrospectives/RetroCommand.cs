using CollabBot.Conversations.Commands;
using CollabBot.Domain.Retrospectives;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Retrospectives;

/// <summary>A member's private answer to the look back at a phase end (issue 27, item 6); answering again replaces it.</summary>
public sealed class RetroCommand : IBotCommand
{
    public string Name => "retro";
    public string Usage => "retro <what we learned>; <how our view of the problem changed>; <what we keep doing>";
    public string Summary => "Answer the look back at the end of a phase, privately; the summary the team sees names nobody.";
    public bool Contributes => true;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var store = context.Services.GetRequiredService<IRetrospectiveStore>();
        var open = (await store.ListAsync(collaboration.Id, cancellationToken)).FirstOrDefault(r => r.IsOpen(context.Now));
        if (open is null)
        {
            context.Refuse("There is no look back open now; one opens when the team moves to the next phase (`phase next`).");
            return;
        }

        if (await store.FindAnswerAsync(open.Id, member.Id, cancellationToken) is { } earlier)
        {
            earlier.Change(open, arguments, context.Now);
            context.ReplyToCaller($"Your look back on {open.Phase} is changed. Only the summary, without names, reaches the team.");
            return;
        }

        store.AddAnswer(new RetrospectiveAnswer(open, member.Id, arguments, context.Now));
        context.ReplyToCaller($"Thank you: your look back on {open.Phase} is noted. Only the summary, without names, reaches the team.");
    }
}
