using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Assets;

public sealed class AssetsCommand : IBotCommand
{
    public string Name => "assets";
    public string Usage => "assets <text>";
    public string Summary => "Record what you bring: skills, data, resources, networks (comma-separated).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then list what you bring.");
            return Task.CompletedTask;
        }

        if (arguments.Length == 0)
        {
            context.ReplyToCaller(caller.Assets.Count == 0
                ? "You have listed no assets yet. Write e.g. `assets tenant survey data, a pilot site in Block C, contacts at the housing board`."
                : $"Your assets: {string.Join("; ", caller.Assets)}.");
            return Task.CompletedTask;
        }

        if (arguments.Length > 1000)
        {
            context.Refuse("Keep your assets under 1000 characters.");
            return Task.CompletedTask;
        }

        caller.SetAssets(arguments.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries));
        context.ReplyToCaller($"{caller.DisplayName} brings: {string.Join("; ", caller.Assets)}.");
        return Task.CompletedTask;
    }
}
