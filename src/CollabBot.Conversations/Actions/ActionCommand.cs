using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Actions;

/// <summary>
/// <c>action &lt;text&gt; [owner @member] [due &lt;date&gt;]</c> notes an action; <c>action &lt;id&gt; owner @member
/// [due &lt;date&gt;]</c> or <c>action &lt;id&gt; due &lt;date&gt;</c> changes one. The team hears of it in the channel; an owner
/// named by someone else also hears of it privately.
/// </summary>
public sealed class ActionCommand : IBotCommand
{
    public string Name => "action";
    public string Usage => "action <text> [owner @member] [due <date>] | action <id> owner @member [due <date>]";
    public string Summary => "Note an action with its owner and due date; the owner is reminded the day before.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        var today = ActionText.Today(collaboration, context.Now);
        var request = ActionRequest.Read(arguments, collaboration, context.Turn.Mentions, today);
        if (request.Error is not null)
        {
            context.Refuse(request.Error);
            return;
        }

        var store = context.Services.GetRequiredService<IActionStore>();
        var (number, rest) = ShortNumber.Read(request.Text);
        if (number is not null && rest.Length == 0 && (request.Owner is not null || request.Due is not null))
        {
            if (await store.FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } existing)
            {
                context.Refuse($"There is no action {number}. `actions` lists them.");
                return;
            }

            existing.Assign(request.Owner?.Id, request.Due, today);
            Confirm(context, caller, existing, request.Owner, $"Action {existing.Number} is now");
            return;
        }

        var action = ActionItem.Note(
            collaboration.Id, await store.NextNumberAsync(collaboration.Id, cancellationToken), request.Text, caller.Id, request.Owner?.Id, request.Due,
            collaboration.CurrentPhase, today, context.Now);
        store.Add(action);
        Confirm(context, caller, action, request.Owner, $"Action {action.Number} is noted:");
    }

    /// <summary>Tells the caller, and the owner when someone else gave it to them.</summary>
    internal static void Confirm(CommandContext context, Member caller, ActionItem action, Member? newOwner, string lead)
    {
        var collaboration = context.RequiredCollaboration;
        var today = ActionText.Today(collaboration, context.Now);
        var line = ActionText.Line(action, collaboration, today);
        var next = action.OwnerId is null ? $" Give it an owner with `action {action.Number} owner @member due <date>`." : $" `done action {action.Number}` closes it.";
        // The team sees who took on what, as with risks; a private reply would keep the owner's name where `forget me`
        // does not reach (messages to other people).
        context.ReplyToChannel($"{lead} {line}.{next}");
        if (newOwner is not null && newOwner.Id != caller.Id)
        {
            var due = action.DueOn is { } d ? $", due {ActionText.Day(d, today)}; you will get a reminder the day before" : "";
            context.SendDirect(newOwner.PlatformUserId,
                $"{caller.DisplayName} gave you an action in {collaboration.Name}: {action.Number}. {action.Text}{due}. When it is done, `done action {action.Number}` in the team's channel.");
        }
    }
}
