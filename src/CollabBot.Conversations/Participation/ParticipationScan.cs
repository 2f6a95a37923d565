using System.Globalization;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// The fade half of the <see cref="DailyScan"/>. Per member, <see cref="FadeAlertPolicy"/> decides: a sharp change (a
/// regular contributor silent for a week) is told to the facilitators at once (the conveners when there is none), with
/// one gentle nudge to the member unless they said `nudges off`; a member still fading after two alerts is escalated once
/// to the coordinators (or conveners); a member no longer fading closes their episode. Every other fading member waits
/// for the facilitators' weekly summary (<see cref="SummaryRound"/>). Sector imbalances go to the channel once per phase,
/// within the channel budget.
/// </summary>
public sealed class ParticipationScan(UnsolicitedDelivery delivery)
{
    /// <summary>One collaboration of the sweep; returns the alerts and escalations added.</summary>
    public async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, ILookup<Guid, SignalRecord> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channel = context.ChannelOf(collaboration);
        var signals = context.Services.GetRequiredService<ISignalStore>();
        var sent = 0;
        foreach (var health in context.Snapshot.Health(collaboration))
        {
            var history = records[health.Member.Id].ToList();
            var action = FadeAlertPolicy.Decide(health.Verdict, history, now);
            if (action == FadeAction.AlertNow)
            {
                sent += await AlertAsync(context, collaboration, channel, health, now, cancellationToken);
                signals.Add(new SignalRecord(collaboration.Id, health.Member.Id, SignalKind.Alert, now));
                await NudgeAsync(context.UnitOfWork, signals, collaboration, channel, health.Member, history, now, cancellationToken);
            }
            else if (action == FadeAction.Escalate)
            {
                sent += await EscalateAsync(context, collaboration, channel, health, now, cancellationToken);
                signals.Add(new SignalRecord(collaboration.Id, health.Member.Id, SignalKind.Escalation, now));
            }
            else if (action == FadeAction.Recovered)
            {
                signals.Add(new SignalRecord(collaboration.Id, health.Member.Id, SignalKind.Recovered, now));
            }
        }

        if (!collaboration.IsPaused(Today(collaboration, now)))
        {
            await RaiseSectorFlagsAsync(context, collaboration, channel, now, cancellationToken);
        }

        return sent;
    }

    /// <summary>A nudge with the first alert of an episode, unless the member said `nudges off`, was nudged in the last four weeks, or has no room left this week.</summary>
    public async Task NudgeAsync(
        IUnitOfWork unitOfWork, ISignalStore signals, Collaboration collaboration, ConversationAddress channel, Member member, IReadOnlyList<SignalRecord> history,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (member.NudgesOff || !FadeAlertPolicy.MayNudge(history, now) || collaboration.IsPaused(Today(collaboration, now)))
        {
            return;
        }

        var at = await delivery.EarliestAsync(unitOfWork, channel.WorkspaceId, member, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
        if (at - now > TimeSpan.FromDays(1))
        {
            return;
        }

        if (await unitOfWork.EnqueueAsync(FadeMessages.Direct(channel, member, new OutboundMessage(FadeMessages.Nudge(collaboration)), $"fade-nudge:{member.Id:N}:{Day(now)}", at), cancellationToken))
        {
            signals.Add(new SignalRecord(collaboration.Id, member.Id, SignalKind.Nudge, now));
        }
    }

    /// <summary>Asks the outbox once for the chunk about the people the alerts and nudges below would go to.</summary>
    public static async Task LookAheadAsync(SweepContext context, IReadOnlyList<Collaboration> chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var byWorkspace in chunk.GroupBy(c => context.ChannelOf(c).WorkspaceId))
        {
            var people = byWorkspace.SelectMany(c => context.Snapshot.Health(c).Where(h => h.Verdict.Fading)
                .SelectMany(h => FadeMessages.Receivers(c, h.Member).Concat(FadeMessages.EscalationReceivers(c, h.Member)).Append(h.Member)))
                .Select(m => m.PlatformUserId).ToHashSet();
            if (people.Count > 0)
            {
                // Wide enough for every day UnsolicitedDelivery looks at, in any time zone.
                await context.UnitOfWork.LookAheadAsync(new OutboxLookahead([], byWorkspace.Key, people, now.AddDays(-8), now.AddDays(36)), cancellationToken);
            }
        }
    }

    private async Task<int> AlertAsync(SweepContext context, Collaboration collaboration, ConversationAddress channel, MemberHealth fading, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        var message = new OutboundMessage(FadeMessages.Alert(collaboration, fading));
        foreach (var receiver in FadeMessages.Receivers(collaboration, fading.Member))
        {
            var at = await delivery.EarliestAsync(context.UnitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
            sent += await context.UnitOfWork.EnqueueAsync(FadeMessages.Direct(channel, receiver, message, $"fade-alert:{fading.Member.Id:N}:{Day(now)}:{receiver.Id:N}", at), cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<int> EscalateAsync(SweepContext context, Collaboration collaboration, ConversationAddress channel, MemberHealth fading, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        var told = FadeMessages.Receivers(collaboration, fading.Member);
        foreach (var receiver in FadeMessages.EscalationReceivers(collaboration, fading.Member))
        {
            var at = await delivery.EarliestAsync(context.UnitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
            var message = new OutboundMessage(FadeMessages.Escalation(collaboration, fading, told, receiver));
            sent += await context.UnitOfWork.EnqueueAsync(FadeMessages.Direct(channel, receiver, message, $"fade-escalation:{fading.Member.Id:N}:{Day(now)}:{receiver.Id:N}", at), cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private static async Task RaiseSectorFlagsAsync(SweepContext context, Collaboration collaboration, ConversationAddress channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var flags = SectorBalanceRule.Evaluate(collaboration.CurrentPhase, collaboration.TimeInPhase(now).TotalDays, collaboration.SectorsPresent(),
            snapshot.SectorsInPhase(collaboration), snapshot.PrivateBeforeImplement(collaboration));
        foreach (var flag in flags)
        {
            await ChannelPosts.TryPostAsync(context.Services, context.UnitOfWork, collaboration, new OutboxEntry
            {
                To = channel,
                Visibility = Visibility.Channel,
                Message = new OutboundMessage(flag.Message),
                IdempotencyKey = $"sector-balance:{collaboration.Id:N}:{collaboration.PhaseStartedAt.ToUnixTimeSeconds()}:{flag.Key}",
            }, "sector-balance", now, cancellationToken);
        }
    }

    private static string Day(DateTimeOffset now) => now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly Today(Collaboration collaboration, DateTimeOffset now) => DateOnly.FromDateTime(CheckInCalendar.Local(now, collaboration.TimeZoneId).DateTime);
}
