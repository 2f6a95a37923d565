using System.Text.RegularExpressions;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Digests;

public sealed partial class DigestCommand(IScheduleRegistry registry, DigestRound round) : IBotCommand
{
    public string Name => "digest";
    public string Usage => "digest to <#channel>|me every friday 15:00 [zone] | digest now | digest off";
    public string Summary => "Conveners and coordinators: the weekly digest for a coordinators' channel.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var store = context.Services.GetRequiredService<IDigestStore>();
        var existing = await store.FindAsync(collaboration.Id, cancellationToken);
        if (arguments.Length == 0)
        {
            context.ReplyToCaller(existing is null
                ? "No digest is set. Conveners and coordinators set one with `digest to #coordinators every friday 15:00`."
                : $"The digest goes to {(existing.RecipientUserId is null ? $"#{existing.TargetConversationId}" : "its subscriber, privately")}: {CheckInScheduling.Describe(existing.Cron, 1)} ({DateText.ZoneName(existing.TimeZoneId)}).");
            return;
        }

        if (context.Caller is not { } caller || !(caller.Holds(Role.Convener) || caller.Holds(Role.Coordinator)))
        {
            context.Refuse("Only conveners and coordinators set up the digest.");
            return;
        }

        if (arguments.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            if (existing is not null)
            {
                store.Remove(existing);
            }

            context.ReplyToCaller("The weekly digest is off.");
            return;
        }

        if (arguments.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            var target = existing ?? new DigestSubscription(collaboration.Id, context.Workspace.Id, context.Turn.Where.ConversationId, "0 15 * * 5", collaboration.TimeZoneId, context.Now);
            if (await round.ComposeNowAsync(context.Services, context.Workspace, target, $"now:{context.Turn.DedupKey}", context.Now, cancellationToken) is { } digest)
            {
                context.Send(digest);
            }

            context.ReplyToCaller(target.RecipientUserId is null ? $"The digest is on its way to #{target.TargetConversationId}." : "The digest is on its way to you, privately.");
            return;
        }

        var match = DigestTo().Match(arguments);
        var (request, error) = match.Success ? ScheduleText.Parse(match.Groups["schedule"].Value) : (null, "Write it as `digest to #coordinators every friday 15:00`, optionally with a time zone.");
        if (request is null || request.IntervalWeeks != 1)
        {
            context.Refuse(request is null ? error! : "Digests are weekly: `digest to #coordinators every friday 15:00`.");
            return;
        }

        if (match.Groups["target"].Value.Length > MaxTargetLength)
        {
            context.Refuse($"A digest goes to a channel named in at most {MaxTargetLength} characters, e.g. `digest to #coordinators every friday 15:00`.");
            return;
        }

        var zone = collaboration.TimeZoneId;
        if (request.TimeZoneId is { } named)
        {
            if (!TimeZones.TryResolve(named, out var found))
            {
                context.Refuse($"\"{Excerpt.Of(named)}\" is not a time zone I know, e.g. `Europe/Copenhagen`.");
                return;
            }

            zone = found.Id;
        }

        if (existing is not null)
        {
            store.Remove(existing);
        }

        // `digest to me`: privately to the caller; as a facilitator or coordinator they see names, others see counts.
        var toMe = match.Groups["target"].Value.Equals("me", StringComparison.OrdinalIgnoreCase);
        var subscription = toMe
            ? new DigestSubscription(collaboration.Id, context.Workspace.Id, collaboration.ChannelId, request.Cron, zone, context.Now, caller.PlatformUserId)
            : new DigestSubscription(collaboration.Id, context.Workspace.Id, match.Groups["target"].Value, request.Cron, zone, context.Now);
        store.Add(subscription);
        registry.Upsert(new RecurringWork(DigestRound.WorkId(subscription), request.Cron, zone, RecurringWork.SendsQueue, Platform: context.Turn.Where.Platform));
        var where = toMe ? "you, privately" : $"#{subscription.TargetConversationId}";
        context.ReplyToCaller($"{Words.Possessive(collaboration.Name)} weekly digest goes to {where}, {CheckInScheduling.Describe(request.Cron, 1)} ({DateText.ZoneName(zone)}).");
    }

    /// <summary>Slack channel names have at most 80 characters, Teams channel names 50; a typed conversation id fits too.</summary>
    private const int MaxTargetLength = 200;

    // A target is "#name", Slack's "<#C123|name>" or a plain conversation id.
    [GeneratedRegex(@"^to\s+(<#(?<target>[A-Z0-9]+)(\|[^>]*)?>|#?(?<target>[^\s<>]+))\s+(?<schedule>every\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DigestTo();
}
