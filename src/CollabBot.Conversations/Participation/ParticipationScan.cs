using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// The fade half of the <see cref="DailyScan"/>: flags fading members privately to the facilitators (conveners when
/// there is none), at most once per member per week, with one gentle nudge to the member unless they said
/// `nudges off`; and raises sector imbalances in the channel once per phase.
/// </summary>
public sealed class ParticipationScan(UnsolicitedDelivery delivery)
{
    /// <summary>One collaboration of the sweep; returns the alerts added.</summary>
    public async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channel = context.ChannelOf(collaboration);
        var sent = 0;
        foreach (var fading in context.Snapshot.Health(collaboration).Where(h => h.Verdict.Fading))
        {
            sent += await FlagAsync(collaboration, channel, fading, context.UnitOfWork, now, cancellationToken);
        }

        await RaiseSectorFlagsAsync(collaboration, channel, context.Snapshot, context.UnitOfWork, now, cancellationToken);
        return sent;
    }

    /// <summary>Asks the outbox once for the chunk what the alerts and nudges below would each ask it.</summary>
    public static async Task LookAheadAsync(SweepContext context, IReadOnlyList<Collaboration> chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byWorkspace = new Dictionary<string, (List<string> Keys, HashSet<string> People)>();
        foreach (var collaboration in chunk)
        {
            var workspace = context.ChannelOf(collaboration).WorkspaceId;
            if (!byWorkspace.TryGetValue(workspace, out var asked))
            {
                byWorkspace[workspace] = asked = ([], []);
            }

            foreach (var member in context.Snapshot.Health(collaboration).Where(h => h.Verdict.Fading).Select(h => h.Member))
            {
                foreach (var receiver in PrivateAudience.About(collaboration, member))
                {
                    asked.Keys.Add(AlertKey(member, receiver, now));
                    asked.People.Add(receiver.PlatformUserId);
                }

                asked.Keys.Add(NudgeKey(member, now));
                asked.People.Add(member.PlatformUserId);
            }
        }

        // Wide enough for every day UnsolicitedDelivery looks at, in any time zone.
        foreach (var (workspace, asked) in byWorkspace)
        {
            await context.UnitOfWork.LookAheadAsync(new OutboxLookahead(asked.Keys, workspace, asked.People, now.AddDays(-2), now.AddDays(32)), cancellationToken);
        }
    }

    private static string AlertKey(Member member, Member receiver, DateTimeOffset now) =>
        $"fade-alert:{member.Id:N}:{now.UtcDateTime.DayOfYear / 7 + now.Year * 100}:{receiver.Id:N}";

    /// <summary>One gentle nudge per four weeks at most.</summary>
    private static string NudgeKey(Member member, DateTimeOffset now) => $"fade-nudge:{member.Id:N}:{now.UtcDateTime.DayOfYear / 28 + now.Year * 100}";

    private async Task<int> FlagAsync(Collaboration collaboration, ConversationAddress channel, MemberHealth fading, IUnitOfWork unitOfWork, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = fading.Member;
        var last = fading.Activity.LastContributionAt is { } at ? $"last contribution {Words.Count((int)(now - at).TotalDays, "day")} ago" : "no contribution since joining";
        var text = $"{Words.Possessive(member.DisplayName)} participation in {collaboration.Name} is fading: "
            + $"{fading.Verdict.Evidence}; {last}; {Words.Count(fading.Activity.ConsecutiveMissedCheckIns, "check-in")} missed in a row. "
            + "Suggested: a personal word, not a public one. Ask what would make taking part worth it for them now, or offer a task that fits their assets.";
        var sent = 0;
        var receivers = PrivateAudience.About(collaboration, member);
        foreach (var receiver in receivers)
        {
            sent += await unitOfWork.EnqueueAsync(Direct(channel, receiver, $"{PrivateAudience.Line(receivers, receiver)} {text}", AlertKey(member, receiver, now),
                await delivery.EarliestAsync(unitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, now, true, cancellationToken)), cancellationToken) ? 1 : 0;
        }

        if (!member.NudgesOff)
        {
            var text2 = $"We have missed you in {collaboration.Name}. Even a small win or a one-line check-in helps the team. (Say `nudges off` and I won't ask again.)";
            await unitOfWork.EnqueueAsync(Direct(channel, member, text2, NudgeKey(member, now),
                await delivery.EarliestAsync(unitOfWork, channel.WorkspaceId, member, collaboration.TimeZoneId, now, true, cancellationToken)), cancellationToken);
        }

        return sent;
    }

    private static async Task RaiseSectorFlagsAsync(Collaboration collaboration, ConversationAddress channel, ActivitySnapshot snapshot, IUnitOfWork unitOfWork, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var flags = SectorBalanceRule.Evaluate(collaboration.CurrentPhase, collaboration.TimeInPhase(now).TotalDays, collaboration.SectorsPresent(),
            snapshot.SectorsInPhase(collaboration), snapshot.PrivateBeforeImplement(collaboration));
        foreach (var flag in flags)
        {
            await unitOfWork.EnqueueAsync(new OutboxEntry
            {
                To = channel,
                Visibility = Visibility.Channel,
                Message = new OutboundMessage(flag.Message),
                IdempotencyKey = $"sector-balance:{collaboration.Id:N}:{collaboration.PhaseStartedAt.ToUnixTimeSeconds()}:{flag.Key}",
            }, cancellationToken);
        }
    }

    private static OutboxEntry Direct(ConversationAddress channel, Member to, string text, string key, DateTimeOffset notBefore) => new()
    {
        To = channel,
        Visibility = Visibility.Direct,
        RecipientUserId = to.PlatformUserId,
        Message = new OutboundMessage(text),
        IdempotencyKey = key,
        Unsolicited = true,
        NotBefore = notBefore,
    };
}
