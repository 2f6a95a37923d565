using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Plain;

/// <summary>`plain on|off`: the bot's own words in plain language for the member who asks (issue 27, item 2).</summary>
public sealed class PlainCommand : IBotCommand
{
    public string Name => "plain";
    public string Usage => "plain on|off";
    public string Summary => "Plain words: I drop my research terms when I write to you, and check-ins ask you less.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        var on = arguments.Trim().Equals("on", StringComparison.OrdinalIgnoreCase);
        if (!on && !arguments.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            context.Refuse(member.PlainLanguage
                ? "You have plain words on. `plain off` brings back the usual words."
                : "Write `plain on` and I use everyday words with you, not the research terms.");
            return Task.CompletedTask;
        }

        member.SetPlainLanguage(on);
        context.ReplyToCaller(on
            ? "From now on I use everyday words with you, and your check-ins ask only for a win and a rating. `what is <word>` explains any word of mine; `plain off` undoes this."
            : "Back to the usual words. `plain on` brings the everyday ones back.");
        return Task.CompletedTask;
    }
}
