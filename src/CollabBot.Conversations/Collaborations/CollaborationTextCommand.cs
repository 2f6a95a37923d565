using CollabBot.Conversations.Commands;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

/// <summary>A command that shows or sets one text of the collaboration (the challenge, the big win).</summary>
public abstract class CollaborationTextCommand : IBotCommand
{
    public abstract string Name { get; }
    public string Usage => $"{Name} <text>";
    public abstract string Summary { get; }
    public bool Contributes => true;

    /// <summary>What the text is called in replies, e.g. "the challenge".</summary>
    protected abstract string What { get; }

    protected abstract string Example { get; }

    protected abstract string? Current(Collaboration collaboration);

    protected abstract void Set(Collaboration collaboration, string text);

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller(Current(collaboration) is { } text
                ? $"{Capitalised(What)}: {text}"
                : $"No {What[4..]} yet. Set it with `{Usage}`, e.g. `{Name} {Example}`.");
            return Task.CompletedTask;
        }

        if (context.Caller is not { } caller)
        {
            context.Refuse($"Join first (`join as <sector>`), then you can set {What}.");
            return Task.CompletedTask;
        }

        Set(collaboration, arguments);
        context.ReplyToChannel($"{caller.DisplayName} set {What}: {Current(collaboration)}");
        return Task.CompletedTask;
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
