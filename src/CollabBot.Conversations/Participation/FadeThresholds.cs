using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Participation;

/// <summary>`health thresholds [ratio X] [baseline N] [grace N]`: shows the fade rule's thresholds; conveners change them.</summary>
internal static class FadeThresholds
{
    private const string Example = "`health thresholds ratio 0.4 baseline 6 grace 21`";

    public static void Execute(CommandContext context, Member caller, string arguments)
    {
        var collaboration = context.RequiredCollaboration;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            context.ReplyToCaller($"{Describe(collaboration.FadeSettings)} Conveners change them, for example {Example}.");
            return;
        }

        if (!caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change the fade thresholds; `health thresholds` shows them.");
            return;
        }

        if (words.Length % 2 != 0)
        {
            context.Refuse($"Give each threshold a value, for example {Example}.");
            return;
        }

        double? ratio = null;
        int? baseline = null, grace = null;
        for (var i = 0; i < words.Length; i += 2)
        {
            var (name, value) = (words[i].ToLowerInvariant(), words[i + 1]);
            switch (name)
            {
                case "ratio" when double.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && double.IsFinite(r):
                    ratio = value.EndsWith('%') ? r / 100 : r;
                    break;
                case "baseline" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var b):
                    baseline = b;
                    break;
                case "grace" when int.TryParse(value.TrimEnd('d'), NumberStyles.None, CultureInfo.InvariantCulture, out var g):
                    grace = g;
                    break;
                case "ratio" or "baseline" or "grace":
                    context.Refuse($"\"{Excerpt.Of(value)}\" is not a valid {name}: the ratio is a number such as 0.3 or 30%, the baseline a number of signals, the grace a number of days.");
                    return;
                default:
                    context.Refuse($"\"{Excerpt.Of(words[i])}\" is not a threshold. The thresholds are ratio, baseline and grace, for example {Example}.");
                    return;
            }
        }

        collaboration.SetFadeThresholds(ratio, baseline, grace);
        context.ReplyToCaller($"Done. {Describe(collaboration.FadeSettings)}");
    }

    public static string Describe(FadeSettings settings) => string.Create(CultureInfo.InvariantCulture,
        $"A member fades below {settings.FadeRatio * 100:0.#}% of their own baseline rate (ratio), once the baseline has at least {Words.Count(settings.MinBaselineSignals, "signal")} (baseline); members are not judged in their first {Words.Count(settings.GraceDays, "day")} (grace).");
}
