using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Facilitators and conveners see who is fading and everyone's trend; only they, and only privately. Conveners set
/// the fade rule's thresholds for their team with `health thresholds`.
/// </summary>
public sealed class HealthCommand : IBotCommand
{
    public string Name => "health";
    public string Usage => "health [thresholds [ratio <0.05-0.95>] [baseline <signals>] [grace <days>]]";
    public string Summary => "Facilitators and conveners: whose participation fades, and everyone's trend (only you see it); conveners set the thresholds.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller || !(caller.Holds(Role.Facilitator) || caller.Holds(Role.Convener)))
        {
            context.Refuse("Participation health is for the team's facilitators and conveners. You can see your own value chain with `me`.");
            return;
        }

        var (verb, rest) = CommandText.Split(arguments);
        if (verb == "thresholds")
        {
            FadeThresholds.Execute(context, caller, rest);
            return;
        }

        if (verb.Length > 0)
        {
            context.Refuse($"`health {Excerpt.Of(verb)}` is not something I know. Try `health` or `health thresholds`.");
            return;
        }

        var snapshot = await ActivitySnapshot.LoadAsync(context.Services.GetRequiredService<IParticipationStore>(),
            new CollaborationScope.Only([collaboration.Id]), context.Now, FadeSettings.Default, cancellationToken);
        var health = snapshot.Health(collaboration);
        var fading = health.Where(h => h.Verdict.Fading).ToList();
        var facts = health
            .OrderByDescending(h => h.Verdict.Fading).ThenBy(h => h.Member.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(h => new CardFact(h.Member.DisplayName + (h.Verdict.Fading ? " (fading)" : ""), Describe(h, context))).ToList();
        // Issue 27, item 2: the citizens' and end users' share, on demand too.
        var voice = CitizenVoice.Read(collaboration, snapshot, context.Now);
        if (voice.Citizens.Count > 0)
        {
            facts.Add(new CardFact("Citizen voice", CitizenVoice.Shares(collaboration, voice)));
        }

        var text = fading.Count == 0 ? "Nobody's participation is fading." : $"Fading: {string.Join(", ", fading.Select(f => f.Member.DisplayName))}.";
        context.ReplyToCaller(text, new Card
        {
            Title = $"Participation health: {collaboration.Name}",
            Body = "Each member against their own baseline: the last 14 days against the six weeks before, counting only days they were in the team and not away, "
                + "outside the weeks the whole team was quiet. Sponsors and coordinators support from outside and are not judged. Only you see this. "
                + FadeThresholds.Describe(collaboration.FadeSettings),
            Facts = facts,
            Note = fading.Count > 0 ? "Suggested: reach out privately; ask what they need from the next cycle, or offer a role that fits their assets." : null,
        });
    }

    private static string Describe(MemberHealth health, CommandContext context)
    {
        var last = health.Activity.LastContributionAt is { } at
            ? $"last {Words.Count((int)(context.Now - at).TotalDays, "day")} ago"
            : "no contribution yet";
        return string.Create(CultureInfo.InvariantCulture, $"{health.Verdict.Evidence}; {last}");
    }
}
