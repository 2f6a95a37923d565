using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Network;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Network;

/// <summary>
/// Part of the <see cref="DailyScan"/>: reads each collaboration's network stage from evidence and, when it changed (either
/// way) since the stage last announced, tells the channel once, with the evidence and the next step
/// (<see cref="NetworkStageRule.ShouldAnnounce"/>). A change is something the team must know: it goes whatever the budget,
/// and counts. A new team starts at getting started without a word.
/// </summary>
public static class NetworkScan
{
    public const string PostKind = "network-stage";

    public static async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, NetworkFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (collaboration.IsPaused(ParticipationScan.Today(collaboration, now)))
        {
            return 0;
        }

        var reading = NetworkEvidenceReading.Read(collaboration, context.Snapshot, facts, now);
        if (!NetworkStageRule.ShouldAnnounce(facts.LastAnnounced, reading.Stage, now))
        {
            return 0;
        }

        var was = facts.LastAnnounced?.Stage ?? NetworkStage.Coupling;
        var entry = new OutboxEntry
        {
            To = context.ChannelOf(collaboration),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(Announcement(collaboration, reading, was)),
            IdempotencyKey = $"network-stage:{collaboration.Id:N}:{reading.Stage}:{now.UtcDateTime:yyyyMMdd}",
        };
        if (!await ChannelPosts.PostAsync(context.Services, context.UnitOfWork, collaboration, entry, PostKind, now, cancellationToken))
        {
            return 0;
        }

        context.Services.GetRequiredService<INetworkStore>().Add(new StageChange(collaboration.Id, reading.Stage, reading.Evidence, now));
        return 1;
    }

    /// <summary>"Warm Homes is now working together (it was getting started): … Next: …"</summary>
    public static string Announcement(Collaboration collaboration, NetworkReading reading, NetworkStage was)
    {
        var moved = reading.Stage > was ? "is now" : "is back to";
        return $"{collaboration.Name} {moved} {NetworkStageNames.Plain(reading.Stage)} (it was {NetworkStageNames.Plain(was)}): {reading.Evidence}. Next: {reading.NextStep}";
    }
}
