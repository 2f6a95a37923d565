using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// <c>forget me</c> asks for confirmation; <c>forget me confirm</c> erases the member's personal data everywhere
/// (DOMAIN.md §8): they leave the team, their words go, their positions stay only as anonymous counts, and what is
/// stored for them (messages to them, their own turns) is redacted; see <see cref="IPersonalDataEraser"/>. The confirmation names nobody and goes to the channel.
/// </summary>
public sealed class ForgetCommand : IBotCommand
{
    public string Name => "forget";
    public string Usage => "forget me";
    public string Summary => "Erase your personal data from this collaboration (asks to confirm first).";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var words = arguments.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] != "me" || context.Caller is not { } member)
        {
            context.Refuse(context.Caller is null ? "This collaboration holds no membership of yours." : "Write `forget me` to erase your own data.");
            return;
        }

        // Before the question too: the only convener hands the role over first, so the team is never left unmanaged.
        collaboration.EnsureCanForget(member);
        if (words is not [_, "confirm"])
        {
            context.ReplyToCaller("This erases your membership and personal data in this collaboration and cannot be undone. Your positions stay only as anonymous counts. `export` first if you want a copy.", new Card
            {
                Title = "Forget me?",
                Actions = [new CardAction { Id = "forget", Title = "Erase my data", Style = ActionStyle.Danger, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "forget me confirm" } }],
            });
            return;
        }

        var records = await TeamRecords.LoadAsync(context.Services, collaboration.Id, cancellationToken);
        collaboration.Forget(member);
        records.Forget(member.Id);
        await context.Services.GetRequiredService<IPersonalDataEraser>().EraseAsync(
            new PersonToErase(context.Workspace.Platform, context.Workspace.ExternalId, collaboration.Id, member.Id, member.PlatformUserId, context.InboxId),
            cancellationToken);
        context.ReplyToChannel("A member asked to be forgotten; their personal data in this collaboration is erased.");
    }
}
