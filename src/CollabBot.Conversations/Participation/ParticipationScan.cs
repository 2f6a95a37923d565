using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Daily: flags fading members privately to the facilitators (conveners when there is none), at most once per
/// member per week, with one gentle nudge to the member unless they said `nudges off`; and raises sector
/// imbalances in the channel once per phase. One <see cref="CollaborationSweep"/> over every active collaboration.
/// </summary>
public sealed class ParticipationScan(CollaborationSweep sweep, UnsolicitedDelivery delivery, ILogger<ParticipationScan> logger) : IRecurringWorkSource
{
    public const string WorkId = "participation-scan";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 7 * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var collaborations = 0;
        var flagged = await sweep.RunAsync(new CollaborationScope.Active(occurrence), occurrence, (_, snapshot) =>
            {
                collaborations = snapshot.Collaborations.Count;
                return Task.FromResult(0);
            },
            async (context, collaboration, _) =>
            {
                var channel = context.ChannelOf(collaboration);
                var sent = 0;
                foreach (var fading in context.Snapshot.Health(collaboration).Where(h => h.Verdict.Fading))
                {
                    sent += await FlagAsync(collaboration, channel, fading, context.UnitOfWork, occurrence, cancellationToken);
                }

                await RaiseSectorFlagsAsync(collaboration, channel, context.Snapshot, context.UnitOfWork, occurrence, cancellationToken);
                return sent;
            },
            cancellationToken);
        logger.LogInformation("Participation scan at {Occurrence}: {Collaborations} collaborations, {Flagged} alerts", occurrence, collaborations, flagged);
    }

    private async Task<int> FlagAsync(Collaboration collaboration, ConversationAddress channel, MemberHealth fading, IUnitOfWork unitOfWork, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var week = now.UtcDateTime.DayOfYear / 7 + now.Year * 100;
        var member = fading.Member;
        var last = fading.Activity.LastContributionAt is { } at ? $"last contribution {(int)(now - at).TotalDays} days ago" : "no contribution since joining";
        var text = $"Only you and the other facilitators see this. {member.DisplayName}'s participation in {collaboration.Name} is fading: "
            + $"{fading.Verdict.Evidence}; {last}; {fading.Activity.ConsecutiveMissedCheckIns} check-ins missed in a row. "
            + "Suggested: a personal word, not a public one. Ask what would make taking part worth it for them now, or offer a task that fits their assets.";
        var sent = 0;
        var facilitators = collaboration.Members.Where(m => m.Holds(Role.Facilitator)).ToList();
        foreach (var receiver in (facilitators.Count > 0 ? facilitators : collaboration.Members.Where(m => m.Holds(Role.Convener))).Where(r => r.Id != member.Id))
        {
            sent += await unitOfWork.EnqueueAsync(Direct(channel, receiver, text, $"fade-alert:{member.Id:N}:{week}:{receiver.Id:N}",
                await delivery.EarliestAsync(unitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, now, true, cancellationToken)), cancellationToken) ? 1 : 0;
        }

        if (!member.NudgesOff)
        {
            // One gentle nudge per four weeks at most.
            var text2 = $"We have missed you in {collaboration.Name}. Even a small win or a one-line check-in helps the team. (Say `nudges off` and I won't ask again.)";
            await unitOfWork.EnqueueAsync(Direct(channel, member, text2, $"fade-nudge:{member.Id:N}:{now.UtcDateTime.DayOfYear / 28 + now.Year * 100}",
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
